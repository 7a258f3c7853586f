/* The Socket class: creating, connecting, binding, listening, accepting,
 * closing and shutting down, blocking mode, addresses and the state
 * properties. Reading and writing are in socket_io.c, options in
 * socket_options.c. */
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>

#include "format.h"
#include "memory.h"
#include "address_value.h"
#include "socket_obj.h"


void socket_release(void *payload) {
  SocketObj *s = payload;
  if (s->open) {
    open_record_remove(&s->record);
    sock_close(s->state->vm, s->fd);
  }
  s->open = false;
  s->fd = -1;
  pending_free(&s->pending);
  peer_memo_free(&s->peers);
  s->sender_text = NULL;
}

void socket_set_host(SocketObj *s, const char *host, int length) {
  if (host == s->host) return;
  if (length >= ADDRESS_TEXT_MAX) length = ADDRESS_TEXT_MAX - 1;
  memcpy(s->host, host, (size_t)length);
  s->host[length] = '\0';
  s->host_length = length;
}

void socket_finalize(void *payload) {
  SocketObj *s = payload;
  open_record_warn_unclosed(&s->record);
  socket_release(s);
}

void socket_trace(VM *vm, void *payload) {
  SocketObj *s = payload;
  if (s->sender_text != NULL) gc_mark_object(vm, &s->sender_text->obj);
}

static void set_default_host(SocketObj *s) {
  const char *host = s->family == AF_INET6 ? "::1" : s->family == AF_UNIX ? "" : "127.0.0.1";
  socket_set_host(s, host, (int)strlen(host));
}

/* s is a new object's payload, all zero (native classes cannot be
 * subclassed, so the constructor runs once on each). */
static void init_state(SocketObj *s, int fd, int family, int type, int protocol) {
  s->open = true;
  s->fd = fd;
  s->family = family;
  s->type = type;
  s->protocol = protocol;
  s->is_blocking = true;
  s->shutdown_reason = -1;
  set_default_host(s);
}

/* Opens the payload's life: the state, where the script made it, and its
 * place in the list of open sockets. */
static int socket_endpoint_text(const OpenRecord *record, char out[ADDRESS_TEXT_MAX + 16]) {
  const SocketObj *s = (const SocketObj *)((const char *)record - offsetof(SocketObj, record));
  return address_endpoint_text(s->family, s->host, s->host_length, s->port, out);
}

static void open_socket(VM *vm, SocketState *state, SocketObj *s, int fd, int family, int type,
                        int protocol) {
  s->state = state;
  init_state(s, fd, family, type, protocol);
  open_record_add(vm, &state->open_sockets, &s->record, "Socket", fd, family, socket_endpoint_text);
}

ObjForeign *socket_wrap(VM *vm, SocketState *state, ObjClass *klass, int fd, int family, int type,
                        int protocol) {
  ObjForeign *object = new_foreign(vm, klass);
  open_socket(vm, state, (SocketObj *)object->payload, fd, family, type, protocol);
  return object;
}

static int int_option(int fd, int option) {
  int value = 0;
  socklen_t length = sizeof value;
  return sock_get_option(fd, SOL_SOCKET, option, &value, &length) == 0 ? value : 0;
}

ObjForeign *socket_adopt(VM *vm, SocketState *state, ObjClass *klass, int fd, int *err) {
  int type;
  socklen_t length = sizeof type;
  if ((*err = sock_get_option(fd, SOL_SOCKET, SO_TYPE, &type, &length)) != 0) return NULL;
  ObjForeign *object = socket_wrap(vm, state, klass, fd, int_option(fd, SO_DOMAIN), type,
                                   int_option(fd, SO_PROTOCOL));
  SocketObj *s = (SocketObj *)object->payload;
  SockAddr address;
  s->is_listening = int_option(fd, SO_ACCEPTCONN) != 0;
  s->fd_non_blocking = (fcntl(fd, F_GETFL) & O_NONBLOCK) != 0;
  if (sock_local_address(fd, &address) == 0) {
    s->host_length = address_format(&address, s->host, &s->port);
    s->is_bound = s->port != 0 || s->host_length > 0;
  }
  s->is_connected = sock_peer_address(fd, &address) == 0;
  return object;
}

bool socket_reclaim_descriptors(VM *vm, int err) {
  if (err != EMFILE && err != ENFILE) return false;
  gc_collect(vm);
  return true;
}

int socket_open_fd(VM *vm, int family, int type, int protocol, int *fd) {
  int err = sock_open(family, type, protocol, fd);
  if (socket_reclaim_descriptors(vm, err)) err = sock_open(family, type, protocol, fd);
  return err;
}

bool socket_check_open(VM *vm, SocketObj *s) {
  return s->open || socket_state_error(vm, EBADF, "the socket is closed");
}

int64_t socket_deadline(const SocketObj *s, bool sending) {
  if (!s->is_blocking) return SOCK_NO_WAIT;
  return socket_earlier(sock_deadline(sending ? s->send_timeout : s->receive_timeout), s->deadline);
}

bool socket_host_arg(VM *vm, Value *args, int index, const SocketObj *s, const char **host,
                     int *host_length) {
  if (IS_NIL(args[index])) {
    *host = s->host;
    *host_length = s->host_length;
    return true;
  }
  if (!check_string(vm, args, index, "host")) return false;
  *host = AS_CSTRING(args[index]);
  *host_length = AS_STRING(args[index])->length;
  return true;
}

bool socket_address(VM *vm, const SocketObj *s, const char *operation, const char *host,
                    int host_length, int port, SockAddr *out) {
  if (s->family == AF_UNIX) {
    int err = address_unix(host, (size_t)host_length, out);
    if (err == EINVAL)
      return vm_raise(vm, EXC_VALUE, "%s(): a UNIX socket path cannot hold a NUL byte",
                      native_current_name(vm));
    return err == 0 || socket_raise_path_too_long(vm, operation, host, host_length);
  }
  int rc = address_resolve(host, port, s->family, s->type, out);
  return rc == 0 || socket_raise_address(vm, rc, operation, host, port);
}

ObjDict *socket_address_dict(VM *vm, const SockAddr *address) {
  char host[ADDRESS_TEXT_MAX];
  int port;
  int length = address_format(address, host, &port);
  ObjDict *dict = new_dict(vm);
  vm_push(vm, OBJ_VAL(dict));
  dict_set_cstr(vm, dict, "address", OBJ_VAL(copy_string(vm, host, length)));
  dict_set_cstr(vm, dict, "port", NUMBER_VAL(port));
  dict_set_cstr(vm, dict, "family",
                NUMBER_VAL(((const struct sockaddr *)&address->storage)->sa_family));
  vm_pop(vm);
  return dict;
}

/* The protocol a family and type imply when none is given. */
static int default_protocol(int family, int type) {
  if (family != AF_INET && family != AF_INET6) return 0;
  return type == SOCK_STREAM ? IPPROTO_TCP : type == SOCK_DGRAM ? IPPROTO_UDP : 0;
}

/* Socket(family = AF_INET, type = SOCK_STREAM, protocol = default) */
bool socket_new(VM *vm, int argc, Value *args) {
  SocketObj *s = socket_self(args);
  int values[3] = {AF_INET, SOCK_STREAM, -2};
  static const char *const names[3] = {"family", "type", "protocol"};
  for (int i = 0; i < argc; i++) {
    if (!check_int_range(vm, args, i, names[i], -1, 65535)) return false;
    values[i] = (int)AS_NUMBER(args[i]);
    if (!socket_check_supported(vm, values[i], names[i])) return false;
  }
  if (values[2] == -2) values[2] = default_protocol(values[0], values[1]);
  int fd;
  int err = socket_open_fd(vm, values[0], values[1], values[2], &fd);
  if (err) return socket_raise(vm, err, "socket", NULL, "create a socket (family %d, type %d, protocol %d)",
                               values[0], values[1], values[2]);
  open_socket(vm, socket_state(vm), s, fd, values[0], values[1], values[2]);
  return true;
}

/* The host (or UNIX path) and port arguments at args[first], args[first+1]. */
static bool endpoint_args(VM *vm, int argc, Value *args, int first, SocketObj *s,
                          const char **host, int *host_length, int *port) {
  *host = s->host;
  *host_length = s->host_length;
  if (first < argc && !socket_host_arg(vm, args, first, s, host, host_length)) return false;
  *port = s->port;
  if (s->family == AF_UNIX) return true;
  if (first + 1 >= argc) return vm_raise(vm, EXC_ARGUMENT, "%s(): a port is needed for an "
                                         "internet socket", native_current_name(vm));
  if (!check_int_range(vm, args, first + 1, "port", 0, 65535)) return false;
  *port = (int)AS_NUMBER(args[first + 1]);
  return true;
}

static void remember_endpoint(SocketObj *s, const char *host, int length, int port) {
  socket_set_host(s, host, length);
  s->port = port;
}

/* The endpoint in the operation text of an error: "connect to 127.0.0.1:80". */
static const char *endpoint(const SocketObj *s, const char *host, int length, int port,
                            char out[ADDRESS_MESSAGE_MAX]) {
  address_endpoint_message(s->family, host, length, port, out);
  return out;
}

/* connect(host, port, timeout = 300000) */
static bool socket_connect(VM *vm, int argc, Value *args) {
  SocketObj *s = socket_self(args);
  const char *host;
  int host_length, port;
  if (!socket_check_open(vm, s) || !endpoint_args(vm, argc, args, 0, s, &host, &host_length, &port))
    return false;
  int64_t timeout = DEFAULT_CONNECT_TIMEOUT;
  if (argc > 2) {
    if (!check_int_range(vm, args, 2, "timeout", 0, 1e12)) return false;
    timeout = (int64_t)AS_NUMBER(args[2]);
  }
  if (s->is_connected) return socket_raise_on(vm, s, EISCONN, "connect", "the socket is already connected");
  SockAddr address = s->connecting ? s->connect_address : (SockAddr){0};
  char text[ADDRESS_MESSAGE_MAX];
  /* A re-run after parking keeps the deadline of the first run. */
  int64_t limit = s->connect_deadline ? s->connect_deadline
                                      : socket_earlier(sock_deadline(timeout), s->deadline);
  /* A connect parked in a fiber is finished, not resolved and started again. */
  if (!s->connecting && !socket_resolve(vm, s, "connect", host, host_length, port, &limit, &address))
    return false;
  int64_t deadline = s->is_blocking ? limit : SOCK_NO_WAIT;
  int err = s->connecting ? sock_connect_finish(vm, s->fd, deadline)
                          : sock_connect(vm, s->fd, &address, deadline, &s->fd_non_blocking);
  bool pausing = false;
  /* A UNIX listener with a full queue answers a connect that must not
   * block with EAGAIN at once, and no event says when a place frees up:
   * try again every few milliseconds until the deadline. */
  while (err == EAGAIN && s->family == AF_UNIX && deadline != SOCK_NO_WAIT) {
    int64_t now = sock_now_ms();
    if (now >= deadline) {
      err = ETIMEDOUT;
      break;
    }
    err = sock_wait(vm, -1, 0, deadline - now > 10 ? now + 10 : deadline);
    pausing = err == SB_PARKED;
    if (err == 0 || err == ETIMEDOUT)
      err = sock_connect(vm, s->fd, &address, deadline, &s->fd_non_blocking);
  }
  s->connecting = err == SB_PARKED && !pausing;
  s->connect_deadline = err == SB_PARKED ? limit : 0;
  if (err == SB_PARKED) s->connect_address = address;
  if (err == EAGAIN) err = EINPROGRESS;
  if (err)
    return socket_raise(vm, socket_timeout_cause(s->deadline, err), "connect",
                        address.length ? &address : NULL, "connect to %s",
                        endpoint(s, host, host_length, port, text));
  s->is_connected = true;
  s->is_client = true;
  remember_endpoint(s, host, host_length, port);
  RETURN_BOOL(true);
}

/* bind(port, host = self.host), or bind(path, reclaim = false) for a
 * UNIX socket */
static bool socket_bind(VM *vm, int argc, Value *args) {
  SocketObj *s = socket_self(args);
  if (!socket_check_open(vm, s)) return false;
  if (s->is_bound) return socket_state_error(vm, EINVAL, "the socket is already bound");
  const char *host = s->host;
  int host_length = s->host_length, port = 0;
  bool reclaim = false;
  if (s->family == AF_UNIX) {
    if (!check_string(vm, args, 0, "path")) return false;
    host = AS_CSTRING(args[0]);
    host_length = AS_STRING(args[0])->length;
    if (argc > 1 && !IS_NIL(args[1]) && !IS_BOOL(args[1]))
      return raise_arg_type(vm, args, 1, "reclaim", "a boolean");
    reclaim = argc > 1 && args[1] == TRUE_VAL;
  } else {
    if (!check_int_range(vm, args, 0, "port", 0, 65535)) return false;
    port = (int)AS_NUMBER(args[0]);
    if (argc > 1 && !socket_host_arg(vm, args, 1, s, &host, &host_length)) return false;
  }
  SockAddr address;
  int64_t deadline = s->deadline ? s->deadline : SOCK_NEVER; /* a name resolves off-thread */
  if (!socket_resolve(vm, s, "bind", host, host_length, port, &deadline, &address)) return false;
  if (s->type == SOCK_STREAM && s->family != AF_UNIX && !s->reuse_address_chosen) {
    int on = 1; /* restarting a server must not wait for TIME_WAIT to pass */
    sock_set_option(s->fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
  }
  int err = sock_bind(s->fd, &address);
  if (err == EADDRINUSE && reclaim && sock_reclaim_unix(&address) == 0) err = sock_bind(s->fd, &address);
  char text[ADDRESS_MESSAGE_MAX];
  /* Only a path can be a stale file; an abstract name goes with its socket. */
  if (err == EADDRINUSE && s->family == AF_UNIX && !reclaim &&
      !address_unix_abstract(host, (size_t)host_length))
    return socket_raise(vm, err, "bind", &address, "bind to %s (bind(path, true) removes a stale socket file)",
                        endpoint(s, host, host_length, port, text));
  if (err) return socket_raise(vm, err, "bind", &address, "bind to %s", endpoint(s, host, host_length, port, text));
  SockAddr bound; /* the port or abstract name the system picked */
  if (sock_local_address(s->fd, &bound) == 0 && (s->family != AF_UNIX || host_length == 0))
    s->host_length = address_format(&bound, s->host, &s->port);
  else
    remember_endpoint(s, host, host_length, port);
  s->is_bound = true;
  RETURN_BOOL(true);
}

/* listen(queue_length = SOMAXCONN) */
static bool socket_listen(VM *vm, int argc, Value *args) {
  SocketObj *s = socket_self(args);
  if (!socket_check_open(vm, s)) return false;
  int backlog = SOMAXCONN;
  if (argc > 0) {
    if (!check_int_range(vm, args, 0, "queue_length", -1, 1 << 20)) return false;
    if (AS_NUMBER(args[0]) >= 0) backlog = (int)AS_NUMBER(args[0]);
  }
  int err = sock_listen(s->fd, backlog);
  if (err) return socket_raise_on(vm, s, err, "listen", "listen");
  SockAddr bound;
  if (!s->is_bound && sock_local_address(s->fd, &bound) == 0 && s->family != AF_UNIX)
    s->host_length = address_format(&bound, s->host, &s->port);
  s->is_listening = true;
  s->is_bound = true;
  RETURN_BOOL(true);
}

static bool socket_accept(VM *vm, int argc, Value *args) {
  (void)argc;
  SocketObj *s = socket_self(args);
  if (!socket_check_open(vm, s)) return false;
  if (!s->is_listening) return socket_state_error(vm, EINVAL, "the socket is not listening: call listen() first");
  int client;
  SockAddr peer;
  int err = sock_accept(vm, s->fd, socket_deadline(s, false), &s->fd_non_blocking, &client, &peer);
  if (socket_reclaim_descriptors(vm, err))
    err = sock_accept(vm, s->fd, socket_deadline(s, false), &s->fd_non_blocking, &client, &peer);
  if (err) return socket_raise_on(vm, s, err, "accept", "accept");
  ObjForeign *object = socket_wrap(vm, s->state, AS_FOREIGN(args[-1])->klass, client, s->family,
                                   s->type, s->protocol);
  SocketObj *c = (SocketObj *)object->payload;
  c->is_connected = true;
  c->is_client = true;
  c->receive_timeout = s->receive_timeout;
  c->send_timeout = s->send_timeout;
  c->host_length = address_format(&peer, c->host, &c->port);
  RETURN_OBJ(object);
}

static bool socket_close(VM *vm, int argc, Value *args) {
  (void)vm, (void)argc;
  SocketObj *s = socket_self(args);
  if (s->open) socket_fd_closing(s->state, s->fd); /* a fiber waiting on it wakes to the closed socket */
  socket_release(s);
  s->is_connected = s->is_listening = s->is_bound = false;
  RETURN_BOOL(true);
}

/* shutdown(how = SHUT_RD) */
static bool socket_shutdown(VM *vm, int argc, Value *args) {
  SocketObj *s = socket_self(args);
  if (!socket_check_open(vm, s)) return false;
  int how = SHUT_RD;
  if (argc > 0) {
    if (!check_int_range(vm, args, 0, "how", SHUT_RD, SHUT_RDWR)) return false;
    how = (int)AS_NUMBER(args[0]);
  }
  int err = sock_shutdown(s->fd, how);
  if (err) return socket_raise_on(vm, s, err, "shutdown", "shutdown");
  s->is_shutdown = true;
  s->shutdown_reason = how;
  RETURN_BOOL(true);
}

static bool socket_set_blocking(VM *vm, int argc, Value *args) {
  (void)argc;
  SocketObj *s = socket_self(args);
  if (!socket_check_open(vm, s)) return false;
  if (!IS_BOOL(args[0])) return raise_arg_type(vm, args, 0, "mode", "a boolean");
  s->is_blocking = AS_BOOL(args[0]);
  RETURN_NIL;
}

static bool socket_info(VM *vm, int argc, Value *args) {
  (void)argc;
  SocketObj *s = socket_self(args);
  SockAddr address;
  if (!s->open || sock_local_address(s->fd, &address) != 0) RETURN_OBJ(new_dict(vm));
  RETURN_OBJ(socket_address_dict(vm, &address));
}

bool socket_address_of(VM *vm, int fd, bool peer, Value *out) {
  SockAddr address;
  int err = peer ? sock_peer_address(fd, &address) : sock_local_address(fd, &address);
  if (err)
    return socket_raise(vm, err, peer ? "getpeername" : "getsockname",
                        socket_endpoint(fd, NULL, 0, AF_UNSPEC, &address) ? &address : NULL,
                        peer ? "peer address" : "local address");
  *out = address_object(vm, &address);
  return true;
}

static bool socket_peer_address(VM *vm, int argc, Value *args) {
  (void)argc;
  SocketObj *s = socket_self(args);
  return socket_check_open(vm, s) && socket_address_of(vm, s->fd, true, &args[-1]);
}

static bool socket_local_address(VM *vm, int argc, Value *args) {
  (void)argc;
  SocketObj *s = socket_self(args);
  return socket_check_open(vm, s) && socket_address_of(vm, s->fd, false, &args[-1]);
}

ObjString *socket_description(VM *vm, const char *kind, int family, const char *host,
                              int host_length, int port, const char *state) {
  char where[ADDRESS_TEXT_MAX + 16];
  int length = address_endpoint_text(family, host, host_length, port, where);
  StrBuf text;
  strbuf_init(&text);
  strbuf_append_char(&text, '<');
  strbuf_append_cstr(&text, kind);
  strbuf_append_cstr(&text, family == AF_UNIX ? " unix '" : " ");
  strbuf_append(&text, where, length);
  strbuf_append_cstr(&text, family == AF_UNIX ? "' " : " ");
  strbuf_append_cstr(&text, state);
  strbuf_append_char(&text, '>');
  return strbuf_to_string(vm, &text);
}

static bool socket_to_string(VM *vm, int argc, Value *args) {
  (void)argc;
  SocketObj *s = socket_self(args);
  const char *state = !s->open ? "closed" : s->is_listening ? "listening"
                      : s->is_connected ? "connected" : s->is_bound ? "bound" : "new";
  RETURN_OBJ(socket_description(vm, "Socket", s->family, s->host, s->host_length, s->port, state));
}

const SbFunction socket_class_methods[] = {
    {"connect", socket_connect, 1, 3,
     "connect(host: string, port: number, timeout: number = 300000) -> bool\n"
     "Connects to host (a name or an IPv4/IPv6 address; nil means the socket's host) on "
     "port, waiting at most timeout milliseconds (and no later than the socket's "
     "deadline, see set_deadline()). A name is resolved on a helper thread, within the "
     "same time, while other fibers run. For an AF_UNIX socket, host is the "
     "socket file's path and there is no port. Raises ConnectionRefused when nothing "
     "listens there, TimeoutError when the time runs out, ResolveError for a name that "
     "does not resolve.\nExample: var sock = Socket()\nsock.connect('localhost', port, 5000)"},
    {"bind", socket_bind, 1, 2,
     "bind(port: number, host: string = self.host) -> bool\n"
     "Binds the socket to port on host (IP_ANY for every interface; port 0 picks a free "
     "one, readable afterwards as sock.port). An AF_UNIX socket binds to a path: "
     "bind(path, reclaim = false); a path starting with '@' (or a NUL byte) is a Linux "
     "abstract name with no file, whose other bytes may be any, NUL bytes included (sock.host, "
     "local_address() and a peer's peer_address() give all of them, with '@' first), and '' "
     "lets Linux pick a free abstract name (sock.host and local_address() tell it). A NUL "
     "byte in a file-system path raises ValueError. With reclaim true a socket file left by a process that "
     "is gone is removed first (only when it is a socket and nothing accepts on it). TCP "
     "sockets get SO_REUSEADDR so a restarted server can bind at once while connections "
     "of the old one wait out TIME_WAIT, unless the script set SO_REUSEADDR itself. "
     "Raises AddressInUse when another socket holds the address."},
    {"listen", socket_listen, 0, 1,
     "listen(queue_length: number = SOMAXCONN) -> bool\n"
     "Accepts connections from now on, queueing up to queue_length of them (-1 means "
     "SOMAXCONN)."},
    {"accept", socket_accept, 0, 0,
     "accept() -> Socket\n"
     "Waits for the next connection (up to receive_timeout) and returns a connected "
     "Socket for it, with the listener's timeouts and blocking even when the listener is "
     "not (as in Python). Raises SocketException when the socket is not listening."},
    {"close", socket_close, 0, 0,
     "close() -> bool\nCloses the socket; closing a closed socket does nothing."},
    {"shutdown", socket_shutdown, 0, 1,
     "shutdown(how: number = SHUT_RD) -> bool\n"
     "Shuts down reading (SHUT_RD), writing (SHUT_WR) or both (SHUT_RDWR). After "
     "shutdown(SHUT_WR) the peer sees the end of the stream and the socket can still read "
     "its reply."},
    {"set_blocking", socket_set_blocking, 1, 1,
     "set_blocking(mode: bool)\n"
     "true (the default) makes operations wait (up to the timeouts); false makes them "
     "return at once, raising SocketException (errno EAGAIN) when they would wait."},
    {"info", socket_info, 0, 0,
     "info() -> dictionary\n"
     "{address, port, family} of the socket's local address, or {} when there is none."},
    {"peer_address", socket_peer_address, 0, 0,
     "peer_address() -> Address\nThe address of the connected peer (.ip, .port, .family, "
     "or .path for a UNIX socket)."},
    {"local_address", socket_local_address, 0, 0,
     "local_address() -> Address\nThe address the socket is bound to; after bind(0) its "
     ".port is the port the system chose."},
    {"@to_string", socket_to_string, 0, 0,
     "@to_string() -> string\nA description such as <Socket 127.0.0.1:8080 connected>."},
    {NULL, NULL, 0, 0, NULL},
};

const char socket_new_doc[] =
    "Socket(family: number = AF_INET, type: number = SOCK_STREAM, protocol: number = 0)\n"
    "A new socket. The protocol defaults to IPPROTO_TCP for stream and IPPROTO_UDP for "
    "datagram internet sockets. Raises SocketException when the system refuses.\n"
    "Example: Socket(AF_INET6, SOCK_DGRAM)";
