/* Connecting by name under one deadline: create_connection() resolves
 * every host off the interpreter's thread (resolver.h), then races the
 * addresses as RFC 8305 describes (connect_race.h), and raises one
 * ConnectError listing every attempt when none connects; and the
 * resolution step of Socket.connect(). A call that waits in a fiber
 * parks and keeps its progress (a ConnectJob, or a PendingResolve) for
 * its re-run with sb_keep_native_state. */
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>

#include "connect_race.h"
#include "lib_util.h"
#include "resolver.h"
#include "address_value.h"
#include "socket_obj.h"

#define MAX_HOSTS 64
#define MESSAGE_MAX 1024

typedef struct {
  int64_t timeout;  /* ms, 0: none */
  int64_t deadline; /* ms from now, over the connect and the socket's life; -1: none */
  int64_t delay;    /* ms between attempts */
  bool parallel;
} ConnectOptions;

/* The progress of one create_connection() call. */
typedef struct {
  int64_t deadline;        /* of the whole call, absolute */
  int64_t socket_deadline; /* the socket's own deadline, absolute; 0: none */
  ResolveRequest *requests[MAX_HOSTS]; /* per host; NULL for a numeric one */
  int host_count;
  bool gathered; /* every host resolved, and the race set up */
  ConnectRace race; /* its vm is the job's, which its fiber frees with no VM at hand */
} ConnectJob;

static void job_free(void *state) {
  ConnectJob *job = state;
  for (int i = 0; i < job->host_count; i++) resolver_abandon(job->race.vm, job->requests[i]);
  race_free(&job->race);
  free(job);
}

/* ---- arguments ---- */

/* The hosts: a string, or a non-empty list of strings (at most MAX_HOSTS). */
static bool hosts_arg(VM *vm, Value *args, Value **hosts, int *count) {
  if (IS_STRING(args[0])) {
    *hosts = &args[0];
    *count = 1;
    return socket_check_host_arg(vm, args, 0, "host");
  }
  if (!IS_LIST(args[0])) return raise_arg_type(vm, args, 0, "host", "a string or a list of strings");
  ObjList *list = AS_LIST(args[0]);
  if (list->items.count < 1 || list->items.count > MAX_HOSTS)
    return vm_raise(vm, EXC_VALUE, "%s(): the list of hosts must hold 1 to %d hosts, got %d",
                    native_current_name(vm), MAX_HOSTS, list->items.count);
  for (int i = 0; i < list->items.count; i++) {
    Value host = list->items.values[i];
    if (!IS_STRING(host))
      return vm_raise(vm, EXC_TYPE, "%s(): every host must be a string, got %s",
                      native_current_name(vm), value_type_name(host));
    if (!socket_check_host_name(vm, AS_CSTRING(host), AS_STRING(host)->length)) return false;
  }
  *hosts = list->items.values;
  *count = list->items.count;
  return true;
}

static bool option_int(VM *vm, Value value, const char *name, double min, double max, int64_t *out) {
  Value holder[1] = {value};
  if (!check_int_range(vm, holder, 0, name, min, max)) return false;
  *out = (int64_t)AS_NUMBER(value);
  return true;
}

/* {deadline, attempt_delay, happy_eyeballs}; any other key is an error. */
static bool options_arg(VM *vm, Value value, ConnectOptions *o) {
  if (IS_NIL(value)) return true;
  if (!IS_DICT(value)) return vm_raise(vm, EXC_TYPE, "%s(): options must be a dictionary, got %s",
                                       native_current_name(vm), value_type_name(value));
  DictEntry *e;
  for (int i = 0; dict_next(&AS_DICT(value)->dict, &i, &e); i++) {
    const char *key = IS_STRING(e->key) ? AS_CSTRING(e->key) : "";
    bool ok;
    if (strcmp(key, "deadline") == 0)
      /* nil or 0 is none, as for set_deadline() */
      ok = IS_NIL(e->value) ? (o->deadline = -1, true)
                            : option_int(vm, e->value, "deadline", 0, 1e12, &o->deadline) &&
                                  (o->deadline > 0 || (o->deadline = -1, true));
    else if (strcmp(key, "attempt_delay") == 0)
      ok = option_int(vm, e->value, "attempt_delay", 0, 60000, &o->delay);
    else if (strcmp(key, "happy_eyeballs") == 0 && IS_BOOL(e->value))
      ok = (o->parallel = AS_BOOL(e->value), true);
    else if (strcmp(key, "happy_eyeballs") == 0)
      ok = vm_raise(vm, EXC_TYPE, "%s(): happy_eyeballs must be a boolean, got %s",
                    native_current_name(vm), value_type_name(e->value));
    else
      ok = vm_raise(vm, EXC_VALUE, "%s(): unknown option %s (known: deadline, attempt_delay, "
                    "happy_eyeballs)", native_current_name(vm),
                    IS_STRING(e->key) ? AS_CSTRING(e->key) : value_type_name(e->key));
    if (!ok) return false;
  }
  return true;
}

static bool connect_args(VM *vm, int argc, Value *args, Value **hosts, int *count, int *port,
                         ConnectOptions *o) {
  *o = (ConnectOptions){DEFAULT_CONNECT_TIMEOUT, -1, 250, true};
  if (!hosts_arg(vm, args, hosts, count) || !check_int_range(vm, args, 1, "port", 0, 65535))
    return false;
  *port = (int)AS_NUMBER(args[1]);
  if (argc > 2 && !IS_NIL(args[2]) && !option_int(vm, args[2], "timeout", 0, 1e12, &o->timeout))
    return false;
  return argc <= 3 || options_arg(vm, args[3], o);
}

/* "host:port", "[v6]:port", or for several hosts "a, b port N". */
static void where_text(Value *hosts, int count, int port, char *out, size_t size) {
  if (count == 1) {
    const char *host = AS_CSTRING(hosts[0]);
    char text[ADDRESS_TEXT_MAX + 16];
    address_endpoint_text(strchr(host, ':') ? AF_INET6 : AF_INET, host,
                          AS_STRING(hosts[0])->length, port, text);
    snprintf(out, size, "%s", text);
    return;
  }
  size_t used = 0;
  for (int i = 0; i < count && used < size; i++)
    used += (size_t)snprintf(out + used, size - used, "%s%s", i ? ", " : "", AS_CSTRING(hosts[i]));
  if (used < size) snprintf(out + used, size - used, " port %d", port);
}

/* ---- errors that list the attempts ---- */

static void attempt_text(const RaceAttempt *a, char *out, size_t size) {
  char host[ADDRESS_TEXT_MAX], where[ADDRESS_TEXT_MAX + 16];
  int port;
  int length = address_format(&a->address, host, &port);
  address_endpoint_text(a->address.storage.ss_family, host, length, port, where);
  snprintf(out, size, "%s", where);
}

/* [{address, family, errno, elapsed}] for every attempt that started. */
static ObjList *attempt_list(VM *vm, const ConnectRace *race) {
  ObjList *list = new_list(vm);
  vm_push(vm, OBJ_VAL(list));
  for (int i = 0; i < race->next; i++) {
    const RaceAttempt *a = &race->attempts[i];
    ObjDict *d = new_dict(vm);
    lib_list_append(vm, list, OBJ_VAL(d));
    dict_set_cstr(vm, d, "address", address_object(vm, &a->address));
    dict_set_cstr(vm, d, "family", NUMBER_VAL(a->address.storage.ss_family));
    dict_set_cstr(vm, d, "errno", NUMBER_VAL(a->err));
    dict_set_cstr(vm, d, "elapsed", NUMBER_VAL((double)a->elapsed));
  }
  vm_pop(vm);
  return list;
}

/* ConnectError (every attempt failed) or TimeoutError (the time ran out
 * first), its message naming each attempt, its cause and how long it ran. */
static bool raise_attempts(VM *vm, const ConnectJob *job, const char *where, bool timed_out) {
  const ConnectRace *race = &job->race;
  bool deadline = timed_out && socket_timeout_cause(job->socket_deadline, ETIMEDOUT) == SOCKET_EDEADLINE;
  char message[MESSAGE_MAX];
  size_t used = (size_t)snprintf(message, sizeof message, "%s(): connect to %s: %s (%d attempt%s: ",
                                 native_current_name(vm), where,
                                 !timed_out ? "every attempt failed"
                                 : deadline ? "the deadline passed" : "timed out",
                                 race->next, race->next == 1 ? "" : "s");
  int err = ETIMEDOUT;
  for (int i = 0; i < race->next && used < sizeof message; i++) {
    const RaceAttempt *a = &race->attempts[i];
    char text[ADDRESS_TEXT_MAX + 16];
    attempt_text(a, text, sizeof text);
    used += (size_t)snprintf(message + used, sizeof message - used, "%s%s %s after %lld ms",
                             i ? ", " : "", text, a->err == ETIMEDOUT ? "timed out" : strerror(a->err),
                             (long long)a->elapsed);
    if (!timed_out) err = a->err;
  }
  if (used < sizeof message) snprintf(message + used, sizeof message - used, ")");
  ObjList *attempts = attempt_list(vm, race);
  vm_push(vm, OBJ_VAL(attempts));
  vm_raise_errno(vm, socket_class(vm, timed_out ? "TimeoutError" : "ConnectError"), err, message);
  socket_error_context(vm, "connect", race->next > 0 ? &race->attempts[race->next - 1].address : NULL);
  vm_set_exception_field(vm, "attempts", OBJ_VAL(attempts));
  vm_pop(vm);
  return false;
}

/* ---- the steps of a call ---- */

static int open_attempt(VM *vm, int family, int *fd) {
  return socket_open_fd(vm, family, SOCK_STREAM, IPPROTO_TCP, fd);
}

/* resolver_start, collecting garbage and trying once more when the
 * process is out of descriptors. */
static int start_service(VM *vm, const char *host, const char *service,
                         const struct addrinfo *hints, ResolveRequest **out) {
  int err = resolver_start(host, service, hints, out);
  if (socket_reclaim_descriptors(vm, err)) err = resolver_start(host, service, hints, out);
  return err;
}

/* The service text and hints of a query for a port number. */
static struct addrinfo port_query(int port, int family, int type, char service[16]) {
  snprintf(service, 16, "%d", port);
  return (struct addrinfo){.ai_flags = AI_NUMERICSERV, .ai_family = family, .ai_socktype = type};
}

/* Resolving host and a port number for family and socket type. */
static int start_resolving(VM *vm, const char *host, int port, int family, int type,
                           ResolveRequest **out) {
  char service[16];
  struct addrinfo hints = port_query(port, family, type, service);
  return start_service(vm, host, service, &hints, out);
}

static bool start_job(VM *vm, Value *hosts, int count, int port, const ConnectOptions *o,
                      ConnectJob **out) {
  ConnectJob *job = calloc(1, sizeof *job);
  if (job == NULL) return vm_raise(vm, EXC_VALUE, "%s(): out of memory", native_current_name(vm));
  int err = race_init(&job->race, vm, o->delay, o->parallel, open_attempt);
  if (socket_reclaim_descriptors(vm, err))
    err = race_init(&job->race, vm, o->delay, o->parallel, open_attempt);
  job->deadline = sock_deadline(o->timeout);
  if (o->deadline >= 0) {
    job->socket_deadline = sock_now_ms() + o->deadline;
    job->deadline = socket_earlier(job->deadline, job->socket_deadline);
  }
  SockAddr numeric;
  for (int i = 0; i < count && !err; i++, job->host_count++)
    if (!address_numeric(AS_CSTRING(hosts[i]), port, AF_UNSPEC, &numeric))
      err = start_resolving(vm, AS_CSTRING(hosts[i]), port, AF_UNSPEC, SOCK_STREAM, &job->requests[i]);
  if (err) {
    job_free(job);
    return socket_raise(vm, err, NULL, NULL, "start resolving");
  }
  *out = job;
  return true;
}

/* Waits until every host is resolved: 0, or SB_PARKED, or the errno
 * (ETIMEDOUT) that ended the wait, with *host the host waited for. */
static int wait_resolved(VM *vm, ConnectJob *job, int *host) {
  for (int i = 0; i < job->host_count; i++) {
    *host = i;
    while (job->requests[i] != NULL && !resolver_done(job->requests[i])) {
      int err = sock_wait(vm, resolver_fd(job->requests[i]), POLLIN, job->deadline);
      if (err) return err;
    }
  }
  return 0;
}

static void add_list(ConnectRace *race, const struct addrinfo *list) {
  for (const struct addrinfo *a = list; a != NULL; a = a->ai_next) {
    SockAddr address;
    address_from_addrinfo(a, &address);
    race_add(race, &address);
  }
}

/* Every host's addresses, in order, into the race; raises ResolveError
 * when no host resolved. */
static bool gather(VM *vm, ConnectJob *job, Value *hosts, int port) {
  int failure = 0, failed_host = 0;
  for (int i = 0; i < job->host_count; i++) {
    SockAddr address;
    if (job->requests[i] == NULL) {
      address_numeric(AS_CSTRING(hosts[i]), port, AF_UNSPEC, &address);
      race_add(&job->race, &address);
      continue;
    }
    struct addrinfo *list;
    int rc = resolver_result(job->requests[i], &list);
    resolver_abandon(vm, job->requests[i]);
    job->requests[i] = NULL;
    if (rc == 0) {
      add_list(&job->race, list);
      freeaddrinfo(list);
    } else if (failure == 0) {
      failure = rc;
      failed_host = i;
    }
  }
  if (job->race.count == 0) return socket_raise_address(vm, failure, "getaddrinfo", AS_CSTRING(hosts[failed_host]), port);
  race_order(&job->race);
  job->gathered = true;
  return true;
}

static bool return_winner(VM *vm, Value *args, ConnectJob *job, Value *hosts, int count) {
  ConnectRace *race = &job->race;
  const SockAddr *address = &race->attempts[race->winner].address;
  int family = address->storage.ss_family;
  ObjForeign *object = socket_wrap(vm, socket_state(vm), socket_class(vm, "Socket"),
                                   race_take_winner(race), family, SOCK_STREAM, IPPROTO_TCP);
  SocketObj *s = (SocketObj *)object->payload;
  s->is_connected = s->is_client = true;
  s->deadline = job->socket_deadline;
  /* The host as given; for several, the address that connected. */
  if (count == 1) socket_set_host(s, AS_CSTRING(hosts[0]), AS_STRING(hosts[0])->length);
  char text[ADDRESS_TEXT_MAX];
  int length = address_format(address, text, &s->port);
  if (count > 1) socket_set_host(s, text, length);
  RETURN_OBJ(object);
}

/* Steps the race and waits for it until it ends: true with the result
 * set, or false after raising or parking (*parked). */
static bool run_race(VM *vm, Value *args, ConnectJob *job, Value *hosts, int count,
                     const char *where, bool *parked) {
  for (;;) {
    RaceOutcome outcome = race_step(&job->race);
    if (outcome == RACE_WON) return return_winner(vm, args, job, hosts, count);
    if (outcome == RACE_LOST) return raise_attempts(vm, job, where, false);
    if (sock_now_ms() >= job->deadline) {
      race_time_out(&job->race);
      return raise_attempts(vm, job, where, true);
    }
    int64_t next = race_next_step(&job->race);
    int err = sock_wait(vm, race_fd(&job->race), POLLIN, next < job->deadline ? next : job->deadline);
    *parked = err == SB_PARKED;
    if (*parked) return false;
    if (err && err != ETIMEDOUT) return socket_raise(vm, err, "epoll_wait", NULL, "wait for connections to %s", where);
  }
}

/* create_connection(host, port, timeout = 300000, options = nil) */
bool socket_fn_create_connection(VM *vm, int argc, Value *args) {
  Value *hosts = NULL;
  int count = 0, port = 0;
  ConnectOptions o;
  if (!connect_args(vm, argc, args, &hosts, &count, &port, &o)) return false;
  char where[MESSAGE_MAX / 4];
  where_text(hosts, count, port, where, sizeof where);
  ConnectJob *job = sb_take_native_state(vm);
  if (job == NULL && !start_job(vm, hosts, count, port, &o, &job)) return false;
  bool parked = false, ok;
  int host = 0;
  int err = job->gathered ? 0 : wait_resolved(vm, job, &host);
  if (err == SB_PARKED) parked = true, ok = false;
  else if (err)
    ok = socket_raise(vm, socket_timeout_cause(job->socket_deadline, err), "getaddrinfo", NULL,
                      "connect to %s: resolve '%s'",
                      where, AS_CSTRING(hosts[host]));
  else
    ok = (job->gathered || gather(vm, job, hosts, port)) && run_race(vm, args, job, hosts, count, where, &parked);
  if (parked) sb_keep_native_state(vm, job, job_free);
  else job_free(job);
  return ok;
}

const char socket_create_connection_doc[] =
    "create_connection(host: string | list, port: number, timeout: number = 300000, "
    "options: dictionary = nil) -> Socket\n"
    "Connects to host and port and returns the connected socket. host is a name, an IPv4 "
    "or IPv6 address, or a list of them. Names are resolved for IPv6 and IPv4 on a helper "
    "thread, so timeout bounds the resolution too and other fibers keep running. The "
    "addresses are tried as RFC 8305 (Happy Eyeballs) describes: IPv6 and IPv4 "
    "alternating (starting with the family of the first address), a new attempt every "
    "attempt_delay milliseconds while the earlier ones keep running, the next one at once "
    "when one fails; the first to connect wins and the others are closed. timeout (0: no "
    "limit) bounds the whole call.\n"
    "options: {deadline: milliseconds from now that bound the resolution, every attempt "
    "and then every operation on the socket returned (its set_deadline(); nil or 0: none); "
    "attempt_delay: 250; happy_eyeballs: true (false: one attempt at a time, in order)}.\n"
    "Raises: ConnectError when every attempt fails, with .attempts (a list of {address (an "
    "Address), family, errno, elapsed}), and .errno and .address the last attempt's; TimeoutError (with .attempts) "
    "when the time runs out first, saying so when it was the deadline; ResolveError when "
    "no host resolves.\n"
    "Example: create_connection('localhost', port, 5000, {attempt_delay: 100}).peer_address().port == port  # -> true";

/* ---- a Socket's resolution (connect, send_to), and get_address_info's ---- */

typedef struct {
  VM *vm; /* the one it waits in: its fiber frees it with no VM at hand */
  ResolveRequest *request;
  int64_t deadline;
} PendingResolve;

static void resolve_free(void *state) {
  PendingResolve *p = state;
  resolver_abandon(p->vm, p->request);
  free(p);
}

/* The first address of the resolution's result, or the error it gave. */
static bool resolved_address(VM *vm, PendingResolve *p, const char *host, int port, SockAddr *out) {
  struct addrinfo *list;
  int rc = resolver_result(p->request, &list);
  if (rc != 0) return socket_raise_address(vm, rc, "getaddrinfo", host, port);
  address_from_addrinfo(list, out);
  freeaddrinfo(list);
  return true;
}

/* A new pending resolution in vm with its deadline, or NULL without memory. */
static PendingResolve *new_pending(VM *vm, int64_t deadline) {
  PendingResolve *p = calloc(1, sizeof *p);
  if (p != NULL) *p = (PendingResolve){vm, NULL, deadline};
  return p;
}

/* Waits until p is resolved: 0, the errno that ended the wait, or
 * SB_PARKED with p handed to the fiber for the re-run. */
static int wait_pending(VM *vm, PendingResolve *p) {
  int err = 0;
  while (!resolver_done(p->request) && err == 0)
    err = sock_wait(vm, resolver_fd(p->request), POLLIN, p->deadline);
  if (err == SB_PARKED) sb_keep_native_state(vm, p, resolve_free);
  return err;
}

bool socket_resolve(VM *vm, const SocketObj *s, const char *operation, const char *host,
                    int host_length, int port, int64_t *deadline, SockAddr *out) {
  /* Neither a path nor a numeric host parks: a re-run is for a name. */
  if (s->family == AF_UNIX) return socket_address(vm, s, operation, host, host_length, port, out);
  if (!socket_check_host_name(vm, host, host_length)) return false;
  if (address_numeric(host, port, s->family, out)) return true;
  return socket_resolve_name(vm, s, host, port, deadline, out);
}

bool socket_resolve_name(VM *vm, const SocketObj *s, const char *host, int port, int64_t *deadline,
                         SockAddr *out) {
  PendingResolve *p = sb_take_native_state(vm);
  if (p == NULL) {
    if ((p = new_pending(vm, *deadline)) == NULL)
      return socket_raise(vm, ENOMEM, NULL, NULL, "resolve '%s'", host);
    int err = start_resolving(vm, host, port, s->family, s->type, &p->request);
    if (err) {
      free(p);
      return socket_raise(vm, err, NULL, NULL, "start resolving '%s'", host);
    }
  }
  *deadline = p->deadline;
  int err = wait_pending(vm, p);
  if (err == SB_PARKED) return false;
  bool ok = err == 0 ? resolved_address(vm, p, host, port, out)
                     : socket_raise(vm, socket_timeout_cause(s->deadline, err), "getaddrinfo", NULL,
                                  "resolve '%s'", host);
  resolve_free(p);
  return ok;
}

int socket_getaddrinfo_port(VM *vm, const char *host, int port, int family, int type,
                            struct addrinfo **list) {
  char service[16];
  struct addrinfo hints = port_query(port, family, type, service);
  return socket_getaddrinfo(vm, host, service, &hints, list);
}

int socket_getaddrinfo(VM *vm, const char *host, const char *service,
                       const struct addrinfo *hints, struct addrinfo **list) {
  PendingResolve *p = sb_take_native_state(vm);
  if (p == NULL) {
    if ((p = new_pending(vm, SOCK_NEVER)) == NULL) return ENOMEM;
    int err = start_service(vm, host, service, hints, &p->request);
    if (err) {
      free(p);
      return err;
    }
  }
  int err = wait_pending(vm, p);
  if (err == SB_PARKED) return err;
  if (err == 0) err = resolver_result(p->request, list);
  resolve_free(p);
  return err;
}
