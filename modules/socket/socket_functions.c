/* The socket module's functions: name and address look-ups, select() on
 * poll(2) (no descriptor limit; in a fiber, parked on an epoll set of its
 * own), open_sockets(), connected socket pairs, and create_server();
 * create_connection() is in socket_connect.c. */
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <unistd.h>

#include "lib_util.h"
#include "socket_obj.h"


static int socket_descriptor(const void *payload) {
  const SocketObj *s = payload;
  return s->open ? s->fd : -1;
}

static bool socket_buffered(const void *payload) {
  return ((const SocketObj *)payload)->pending.length > 0;
}

/* The kinds are C types, the same in every VM: one list for the process,
 * to which each VM's import of ssl adds TLSSocket again, which changes
 * nothing. */
#define SELECTABLE_MAX 4
static const SelectableKind socket_kind = {socket_finalize, socket_descriptor, socket_buffered};
static const SelectableKind *selectable[SELECTABLE_MAX] = {&socket_kind};
static int selectable_count = 1;

void socket_add_selectable(const SelectableKind *kind) {
  for (int i = 0; i < selectable_count; i++)
    if (selectable[i]->finalize == kind->finalize) return;
  if (selectable_count < SELECTABLE_MAX) selectable[selectable_count++] = kind;
}

/* The kind of v, or NULL when select() does not take it. */
static const SelectableKind *selectable_kind(Value v) {
  if (!IS_FOREIGN(v) || AS_FOREIGN(v)->klass->foreign == NULL) return NULL;
  for (int i = 0; i < selectable_count; i++)
    if (AS_FOREIGN(v)->klass->foreign->finalize == selectable[i]->finalize) return selectable[i];
  return NULL;
}

/* An open socket's record as open_sockets() reports it, copied with its
 * endpoint before the dictionaries are made: an allocation may collect,
 * and so free, a socket still in the list. */
typedef struct {
  OpenRecord record; /* a copy: its links and endpoint are not used */
  int where_length;
  char where[ADDRESS_TEXT_MAX + 16];
} OpenCopy;

static ObjDict *describe_open(VM *vm, const OpenCopy *c) {
  const OpenRecord *r = &c->record;
  ObjDict *d = new_dict(vm);
  vm_push(vm, OBJ_VAL(d));
  dict_set_cstr(vm, d, "id", NUMBER_VAL(r->fd));
  dict_set_cstr(vm, d, "kind", OBJ_VAL(copy_cstring(vm, r->kind)));
  dict_set_cstr(vm, d, "family", NUMBER_VAL(r->family));
  dict_set_cstr(vm, d, "address", OBJ_VAL(copy_string(vm, c->where, c->where_length)));
  dict_set_cstr(vm, d, "created", OBJ_VAL(copy_cstring(vm, r->created)));
  dict_set_cstr(vm, d, "bytes_sent", NUMBER_VAL((double)r->bytes_sent));
  dict_set_cstr(vm, d, "bytes_received", NUMBER_VAL((double)r->bytes_received));
  vm_pop(vm);
  return d;
}

/* The VM's open sockets as copies in *out (malloc'd), *count of them;
 * false when out of memory. */
static bool copy_open(VM *vm, OpenCopy **out, int *count) {
  *count = 0;
  for (const OpenRecord *r = socket_state(vm)->open_sockets; r != NULL; r = r->next) ++*count;
  *out = malloc(sizeof **out * (size_t)(*count > 0 ? *count : 1));
  if (*out == NULL) return false;
  OpenCopy *c = *out;
  for (const OpenRecord *r = socket_state(vm)->open_sockets; r != NULL; r = r->next, c++) {
    c->record = *r;
    c->where_length = r->endpoint(r, c->where);
  }
  return true;
}

/* open_sockets() -> [{id, kind, family, address, created, bytes_sent, bytes_received}] */
static bool fn_open_sockets(VM *vm, int argc, Value *args) {
  (void)argc;
  OpenCopy *copies;
  int count;
  if (!copy_open(vm, &copies, &count))
    return vm_raise(vm, EXC_VALUE, "open_sockets(): out of memory");
  ObjList *list = new_list(vm);
  vm_push(vm, OBJ_VAL(list));
  for (int i = 0; i < count; i++) lib_list_append(vm, list, OBJ_VAL(describe_open(vm, &copies[i])));
  vm_pop(vm);
  free(copies);
  RETURN_OBJ(list);
}

static ObjForeign *new_socket(VM *vm, int fd, int family, int type, int protocol) {
  return socket_wrap(vm, socket_state(vm), socket_class(vm, "Socket"), fd, family, type, protocol);
}

/* get_address_info(address, type = 'http', family = AF_INET): type is the service name */
static bool fn_get_address_info(VM *vm, int argc, Value *args) {
  if (!socket_check_host_arg(vm, args, 0, "address")) return false;
  const char *service = "http";
  int family = AF_INET;
  if (argc > 1 && !IS_NIL(args[1])) {
    if (!check_string(vm, args, 1, "type")) return false;
    service = AS_CSTRING(args[1]);
  }
  if (argc > 2) {
    if (!check_int_range(vm, args, 2, "family", -1, 255) ||
        !socket_check_supported(vm, (int)AS_NUMBER(args[2]), "family"))
      return false;
    family = (int)AS_NUMBER(args[2]);
  }
  struct addrinfo hints = {.ai_family = family, .ai_socktype = SOCK_STREAM, .ai_flags = AI_CANONNAME};
  struct addrinfo *list;
  int rc = socket_getaddrinfo(vm, AS_CSTRING(args[0]), service, &hints, &list);
  if (rc == SB_PARKED) return false;
  if (rc != 0) return socket_raise_address(vm, rc, "getaddrinfo", AS_CSTRING(args[0]), 0);
  ObjDict *info = new_dict(vm);
  vm_push(vm, OBJ_VAL(info));
  ObjList *addresses = new_list(vm);
  dict_set_cstr(vm, info, "addresses", OBJ_VAL(addresses));
  char host[ADDRESS_TEXT_MAX];
  int port = 0;
  for (struct addrinfo *a = list; a != NULL; a = a->ai_next) {
    SockAddr address;
    address_from_addrinfo(a, &address);
    int length = address_format(&address, host, &port);
    lib_list_append(vm, addresses, OBJ_VAL(copy_string(vm, host, length)));
  }
  dict_set_cstr(vm, info, "ip", addresses->items.values[0]);
  dict_set_cstr(vm, info, "port", NUMBER_VAL(port));
  dict_set_cstr(vm, info, "family", NUMBER_VAL(list->ai_family));
  dict_set_cstr(vm, info, "name",
                OBJ_VAL(copy_cstring(vm, list->ai_canonname ? list->ai_canonname : AS_CSTRING(args[0]))));
  freeaddrinfo(list);
  vm_pop(vm);
  RETURN_OBJ(info);
}

static bool fn_gethostname(VM *vm, int argc, Value *args) {
  (void)argc;
  char name[256];
  if (gethostname(name, sizeof name) < 0) return socket_raise(vm, errno, "gethostname", NULL, "gethostname");
  name[sizeof name - 1] = '\0';
  RETURN_OBJ(copy_cstring(vm, name));
}

/* get_host_by_name(name) -> the first IPv4 address */
static bool fn_get_host_by_name(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!socket_check_host_arg(vm, args, 0, "name")) return false;
  const char *name = AS_CSTRING(args[0]);
  SockAddr address;
  if (!address_numeric(name, 0, AF_INET, &address)) {
    struct addrinfo hints = {.ai_family = AF_INET, .ai_socktype = SOCK_STREAM}, *list;
    int rc = socket_getaddrinfo(vm, name, "0", &hints, &list);
    if (rc == SB_PARKED) return false;
    if (rc != 0) return socket_raise_address(vm, rc, "getaddrinfo", name, 0);
    address_from_addrinfo(list, &address);
    freeaddrinfo(list);
  }
  char host[ADDRESS_TEXT_MAX];
  int port;
  address_format(&address, host, &port);
  RETURN_OBJ(copy_cstring(vm, host));
}

/* One pollfd per socket of the three lists, remembering where it came from. */
typedef struct {
  struct pollfd *fds;
  int count;
  bool any_pending; /* a reader already holds buffered bytes */
} PollSet;

/* lists[] are the readers, writers and errors arguments (nil if absent). */
static bool collect(VM *vm, Value *lists, int which, short events, PollSet *set) {
  if (IS_NIL(lists[which])) return true;
  if (!check_list(vm, lists, which, which == 0 ? "readers" : which == 1 ? "writers" : "errors"))
    return false;
  ObjList *list = AS_LIST(lists[which]);
  for (int i = 0; i < list->items.count; i++) {
    Value v = list->items.values[i];
    const SelectableKind *kind = selectable_kind(v);
    if (kind == NULL)
      return vm_raise(vm, EXC_TYPE, "select(): every item must be a Socket or TLSSocket, got %s",
                      value_type_name(v));
    int fd = kind->descriptor(sb_payload(v));
    if (fd < 0) return socket_state_error(vm, EBADF, "a closed socket is in the list");
    set->fds[set->count++] = (struct pollfd){fd, events, 0};
    if (which == 0 && kind->buffered(sb_payload(v))) set->any_pending = true;
  }
  return true;
}

static bool ready(const struct pollfd *p, int which, Value socket) {
  if (which == 0)
    return (p->revents & (POLLIN | POLLHUP | POLLERR)) ||
           selectable_kind(socket)->buffered(sb_payload(socket));
  if (which == 1) return p->revents & (POLLOUT | POLLERR | POLLHUP);
  return p->revents & (POLLPRI | POLLERR);
}

static int poll_until(PollSet *set, int64_t deadline) {
  for (;;) {
    int timeout = -1;
    if (deadline != SOCK_NEVER) {
      int64_t left = deadline - sock_now_ms();
      timeout = left <= 0 ? 0 : left > INT32_MAX ? INT32_MAX : (int)left;
    }
    if (poll(set->fds, (nfds_t)set->count, timeout) >= 0) return 0;
    if (errno != EINTR || vm_interrupt_requested) return errno;
  }
}

static bool any_ready(const PollSet *set) {
  for (int i = 0; i < set->count; i++)
    if (set->fds[i].revents) return true;
  return false;
}

/* A select() parked in a fiber: its deadline, and the epoll instance that
 * holds its descriptors while it waits (the scheduler watches that one),
 * with the set it was made for, so a re-run with the same lists reuses it.
 * Each is in its VM's list (SocketState), so that closing a socket wakes
 * the selects holding it: a closed descriptor leaves their epoll sets
 * without an event. */
typedef struct SelectWait {
  struct SelectWait *next;
  SocketState *owner; /* the list it is in, and the VM: the fiber frees it with no VM at hand */
  int epoll_fd;
  int64_t deadline;
  int count;
  struct pollfd fds[];
} SelectWait;

static void select_wait_free(void *state) {
  SelectWait *w = state;
  SelectWait **link = &w->owner->select_waits;
  while (*link != w) link = &(*link)->next;
  *link = w->next;
  if (w->epoll_fd >= 0) sock_close(w->owner->vm, w->epoll_fd);
  free(w);
}

static uint32_t epoll_events(short events) {
  return (events & POLLIN ? EPOLLIN : 0) | (events & POLLOUT ? EPOLLOUT : 0) |
         (events & POLLPRI ? EPOLLPRI : 0);
}

static bool same_set(const SelectWait *w, const PollSet *set) {
  if (w->count != set->count) return false;
  for (int i = 0; i < set->count; i++)
    if (w->fds[i].fd != set->fds[i].fd || w->fds[i].events != set->fds[i].events) return false;
  return true;
}

/* Makes *w an epoll instance holding the set: the one *w has when it was
 * made for the same set, else a new one in owner's list. 0 or an errno. */
static int epoll_for_set(SocketState *owner, const PollSet *set, int64_t deadline,
                         SelectWait **w) {
  if (*w != NULL && same_set(*w, set)) return 0;
  if (*w != NULL) select_wait_free(*w);
  *w = malloc(sizeof **w + sizeof(struct pollfd) * (size_t)set->count);
  if (*w == NULL) return ENOMEM;
  **w = (SelectWait){owner->select_waits, owner, epoll_create1(EPOLL_CLOEXEC), deadline,
                     set->count};
  owner->select_waits = *w;
  memcpy((*w)->fds, set->fds, sizeof(struct pollfd) * (size_t)set->count);
  int err = (*w)->epoll_fd < 0 ? errno : 0;
  for (int i = 0; i < set->count && err == 0; i++) {
    struct epoll_event e = {.events = epoll_events(set->fds[i].events), .data.u32 = 0};
    /* A socket in two lists: wake for anything (the poll after sorts it). */
    if (epoll_ctl((*w)->epoll_fd, EPOLL_CTL_ADD, set->fds[i].fd, &e) < 0 &&
        (errno != EEXIST || (e.events = EPOLLIN | EPOLLOUT | EPOLLPRI,
                             epoll_ctl((*w)->epoll_fd, EPOLL_CTL_MOD, set->fds[i].fd, &e) < 0)))
      err = errno;
  }
  return err;
}

void socket_fd_closing(SocketState *state, int fd) {
  sb_fd_closing(state->vm, fd);
  for (const SelectWait *w = state->select_waits; w != NULL; w = w->next)
    for (int i = 0; i < w->count; i++)
      if (w->fds[i].fd == fd) {
        sb_fd_closing(state->vm, w->epoll_fd); /* its re-run finds the socket closed */
        break;
      }
}

/* Polls the set until deadline. In a fiber that may park, the others run
 * meanwhile: the call parks on an epoll instance holding the set and runs
 * again when it wakes; *w is the state a re-run took back (or NULL), and
 * the state to keep when this returns SB_PARKED (else it is freed). */
static int wait_for_set(VM *vm, PollSet *set, int64_t deadline, SelectWait **w) {
  int err;
  if (set->any_pending || !scheduler_can_park(vm)) {
    err = poll_until(set, set->any_pending ? sock_now_ms() : deadline);
  } else {
    err = poll_until(set, sock_now_ms());
    if (!err && !any_ready(set) && (deadline == SOCK_NEVER || sock_now_ms() < deadline)) {
      err = epoll_for_set(socket_state(vm), set, deadline, w);
      if (err == 0) err = sock_wait(vm, (*w)->epoll_fd, POLLIN, deadline);
      if (err == 0) err = poll_until(set, sock_now_ms());
      else if (err == ETIMEDOUT) err = 0;
    }
  }
  if (err != SB_PARKED && *w != NULL) {
    select_wait_free(*w);
    *w = NULL;
  }
  return err;
}

static bool select_results(VM *vm, Value *args, const Value *lists, PollSet *set) {
  ObjList *result = new_list(vm);
  vm_push(vm, OBJ_VAL(result));
  int k = 0;
  for (int which = 0; which < 3; which++) {
    ObjList *out = new_list(vm);
    lib_list_append(vm, result, OBJ_VAL(out));
    if (IS_NIL(lists[which])) continue;
    ObjList *list = AS_LIST(lists[which]);
    for (int i = 0; i < list->items.count; i++, k++)
      if (ready(&set->fds[k], which, list->items.values[i]))
        lib_list_append(vm, out, list->items.values[i]);
  }
  vm_pop(vm);
  args[-1] = OBJ_VAL(result);
  return true;
}

/* select(readers, writers = nil, errors = nil, timeout = -1) */
static bool fn_select(VM *vm, int argc, Value *args) {
  int64_t deadline = SOCK_NEVER;
  if (argc > 3 && !IS_NIL(args[3])) {
    if (!check_int_range(vm, args, 3, "timeout", -1, 1e12)) return false;
    if (AS_NUMBER(args[3]) >= 0) deadline = sock_now_ms() + (int64_t)AS_NUMBER(args[3]);
  }
  SelectWait *parked = sb_take_native_state(vm); /* a re-run keeps its first deadline */
  if (parked != NULL) deadline = parked->deadline;
  Value lists[3];
  for (int i = 0; i < 3; i++) lists[i] = i < argc ? args[i] : NIL_VAL;
  int total = 0;
  for (int which = 0; which < 3; which++)
    if (IS_LIST(lists[which])) total += AS_LIST(lists[which])->items.count;
  PollSet set = {malloc(sizeof(struct pollfd) * (size_t)(total ? total : 1)), 0, false};
  bool ok = set.fds != NULL || vm_raise(vm, EXC_VALUE, "select(): out of memory");
  ok = ok && collect(vm, lists, 0, POLLIN, &set) && collect(vm, lists, 1, POLLOUT, &set) &&
       collect(vm, lists, 2, POLLPRI, &set);
  int err = ok ? wait_for_set(vm, &set, deadline, &parked) : 0;
  if (!ok && parked != NULL) select_wait_free(parked);
  if (err == SB_PARKED) sb_keep_native_state(vm, parked, select_wait_free);
  ok = ok && (err == 0 ? select_results(vm, args, lists, &set)
                       : socket_raise(vm, err, "poll", NULL, "poll"));
  free(set.fds);
  return ok;
}

/* from_id(id) -> a Socket for a descriptor this process inherited */
static bool fn_from_id(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!check_int_range(vm, args, 0, "id", 0, INT32_MAX)) return false;
  int fd = (int)AS_NUMBER(args[0]);
  for (const OpenRecord *r = socket_state(vm)->open_sockets; r != NULL; r = r->next)
    if (r->fd == fd)
      return vm_raise(vm, EXC_VALUE, "%s(): descriptor %d already belongs to the %s created at %s",
                      native_current_name(vm), fd, r->kind, r->created);
  if (fcntl(fd, F_GETFD) < 0) return socket_raise(vm, errno, "fcntl", NULL, "adopt descriptor %d", fd);
  int err;
  ObjForeign *object = socket_adopt(vm, socket_state(vm), socket_class(vm, "Socket"), fd, &err);
  if (object == NULL)
    return socket_raise(vm, err, "getsockopt", NULL, "adopt descriptor %d: it is not a socket", fd);
  RETURN_OBJ(object);
}

/* socket_pair(family = AF_UNIX, type = SOCK_STREAM) -> [Socket, Socket] */
static bool fn_socket_pair(VM *vm, int argc, Value *args) {
  int family = AF_UNIX, type = SOCK_STREAM;
  if (argc > 0 && !check_int_range(vm, args, 0, "family", 0, 255)) return false;
  if (argc > 1 && !check_int_range(vm, args, 1, "type", 0, 255)) return false;
  if (argc > 0) family = (int)AS_NUMBER(args[0]);
  if (argc > 1) type = (int)AS_NUMBER(args[1]);
  int fds[2];
  int err = sock_pair(family, type, fds);
  if (socket_reclaim_descriptors(vm, err)) err = sock_pair(family, type, fds);
  if (err) return socket_raise(vm, err, "socketpair", NULL, "create a socket pair");
  ObjList *pair = new_list(vm);
  vm_push(vm, OBJ_VAL(pair));
  for (int i = 0; i < 2; i++) {
    ObjForeign *s = new_socket(vm, fds[i], family, type, 0);
    ((SocketObj *)s->payload)->is_connected = true;
    lib_list_append(vm, pair, OBJ_VAL(s));
  }
  vm_pop(vm);
  RETURN_OBJ(pair);
}

/* create_server(port, host = IP_ANY, backlog = SOMAXCONN) -> a listening Socket */
static bool fn_create_server(VM *vm, int argc, Value *args) {
  if (!check_int_range(vm, args, 0, "port", 0, 65535)) return false;
  const char *host = "0.0.0.0";
  int backlog = SOMAXCONN;
  if (argc > 1 && !IS_NIL(args[1])) {
    if (!socket_check_host_arg(vm, args, 1, "host")) return false;
    host = AS_CSTRING(args[1]);
  }
  if (argc > 2) {
    if (!check_int_range(vm, args, 2, "backlog", 0, 1 << 20)) return false;
    backlog = (int)AS_NUMBER(args[2]);
  }
  int port = (int)AS_NUMBER(args[0]);
  SockAddr address;
  if (!address_numeric(host, port, AF_UNSPEC, &address)) { /* a name: off the thread */
    struct addrinfo *list;
    int rc = socket_getaddrinfo_port(vm, host, port, AF_UNSPEC, SOCK_STREAM, &list);
    if (rc == SB_PARKED) return false;
    if (rc != 0) return socket_raise_address(vm, rc, "bind", host, port);
    address_from_addrinfo(list, &address);
    freeaddrinfo(list);
  }
  int family = ((struct sockaddr *)&address.storage)->sa_family, fd, on = 1;
  int err = socket_open_fd(vm, family, SOCK_STREAM, IPPROTO_TCP, &fd);
  if (err) return socket_raise(vm, err, "socket", &address, "create a socket");
  ObjForeign *object = new_socket(vm, fd, family, SOCK_STREAM, IPPROTO_TCP);
  vm_push(vm, OBJ_VAL(object));
  sock_set_option(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
  if ((err = sock_bind(fd, &address)) || (err = sock_listen(fd, backlog))) {
    socket_release(object->payload);
    vm_pop(vm);
    return socket_raise(vm, err, err == EADDRINUSE ? "bind" : "listen", &address, "listen on %s:%d", host, port);
  }
  SocketObj *s = (SocketObj *)object->payload;
  SockAddr bound;
  if (sock_local_address(fd, &bound) == 0) s->host_length = address_format(&bound, s->host, &s->port);
  s->is_bound = s->is_listening = true;
  vm_pop(vm);
  RETURN_OBJ(object);
}

const SbFunction socket_functions[] = {
    {"get_address_info", fn_get_address_info, 1, 3,
     "get_address_info(address: string, type: string = 'http', family: number = AF_INET) -> dictionary\n"
     "Resolves a name: {ip, port, family, name (the canonical name), addresses (every "
     "address found)}. Raises ResolveError when it does not resolve.\n"
     "Example: get_address_info('localhost')['ip']  # -> '127.0.0.1'"},
    {"gethostname", fn_gethostname, 0, 0, "gethostname() -> string\nThis machine's host name."},
    {"get_host_by_name", fn_get_host_by_name, 1, 1,
     "get_host_by_name(name: string) -> string\n"
     "The first IPv4 address of a host name. Raises ResolveError when there is none."},
    {"select", fn_select, 1, 4,
     "select(readers: list, writers: list = nil, errors: list = nil, timeout: number = -1) -> list\n"
     "Waits until some of the sockets are readable, writable or in error, or timeout "
     "milliseconds pass (-1: no limit), and returns [readable, writable, errored]. Built on "
     "poll(2): any number of sockets and descriptors of any value. The lists may hold "
     "Sockets and TLSSockets; one holding bytes already read (by read_line, say, or "
     "decrypted by OpenSSL) is readable at once. In a fiber, other fibers run while it "
     "waits."},
    {"open_sockets", fn_open_sockets, 0, 0,
     "open_sockets() -> list\n"
     "Every Socket and TLSSocket still open, as {id, kind ('Socket' or 'TLSSocket'), "
     "family, address, created, bytes_sent, bytes_received}: created is the script file "
     "and line that made it; a TLSSocket counts the bytes before encryption. For finding "
     "leaks; with SABRE_WARN_UNCLOSED set in the environment, a socket the collector has "
     "to close prints a warning naming where it was created."},
    {"from_id", fn_from_id, 1, 1,
     "from_id(id: number) -> Socket\n"
     "A Socket for descriptor id, a socket this process inherited: from a parent that "
     "set inheritable and started this program with exec, or from a service manager "
     "(systemd passes listeners from descriptor 3). Its family, type, blocking mode and "
     "state (bound, listening, connected) are read from the system; closing the Socket "
     "closes the descriptor.\n"
     "Raises: SocketException with errno EBADF when nothing is open there and ENOTSOCK "
     "when it is not a socket; ValueError when a Socket or TLSSocket of this program already owns "
     "it.\n"
     "Example: catch { from_id(9999) } as e   # from_id(3): systemd's first socket\n"
     "e.errno  # -> 9"},
    {"socket_pair", fn_socket_pair, 0, 2,
     "socket_pair(family: number = AF_UNIX, type: number = SOCK_STREAM) -> list\n"
     "Two sockets connected to each other, as [a, b]."},
    {"create_connection", socket_fn_create_connection, 2, 4, socket_create_connection_doc},
    {"create_server", fn_create_server, 1, 3,
     "create_server(port: number, host: string = IP_ANY, backlog: number = SOMAXCONN) -> Socket\n"
     "A TCP socket bound to host and port (IPv6 when host is an IPv6 address) and "
     "listening; port 0 picks a free port, readable as server.port."},
    {NULL, NULL, 0, 0, NULL},
};
