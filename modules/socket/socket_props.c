/* The Socket properties: state kept true after every operation, the
 * endpoint, the two timeouts (settable, in milliseconds), and the
 * deadline over every operation (set_deadline, time_left). */
#include "socket_obj.h"

#define GETTER(name, expression)                               \
  static bool get_##name(VM *vm, int argc, Value *args) {      \
    (void)vm, (void)argc;                                      \
    const SocketObj *s = socket_self(args);                    \
    RETURN_VAL(expression);                                    \
  }

GETTER(family, NUMBER_VAL(s->family))
GETTER(type, NUMBER_VAL(s->type))
GETTER(protocol, NUMBER_VAL(s->protocol))
GETTER(port, NUMBER_VAL(s->port))
GETTER(id, NUMBER_VAL(s->open ? s->fd : -1))
GETTER(is_client, BOOL_VAL(s->is_client))
GETTER(is_bound, BOOL_VAL(s->open && s->is_bound))
GETTER(is_connected, BOOL_VAL(s->open && s->is_connected))
GETTER(is_listening, BOOL_VAL(s->open && s->is_listening))
GETTER(is_closed, BOOL_VAL(!s->open))
GETTER(is_shutdown, BOOL_VAL(s->is_shutdown))
GETTER(is_blocking, BOOL_VAL(s->is_blocking))
GETTER(inheritable, BOOL_VAL(s->open && sock_is_inheritable(s->fd)))
GETTER(shutdown_reason, NUMBER_VAL(s->shutdown_reason))
GETTER(send_timeout, NUMBER_VAL((double)s->send_timeout))
GETTER(receive_timeout, NUMBER_VAL((double)s->receive_timeout))

static bool set_inheritable(VM *vm, int argc, Value *args) {
  (void)argc;
  SocketObj *s = socket_self(args);
  if (!IS_BOOL(args[0])) return raise_arg_type(vm, args, 0, "inheritable", "a boolean");
  if (!socket_check_open(vm, s)) return false;
  int err = sock_set_inheritable(s->fd, AS_BOOL(args[0]));
  if (err) return socket_raise_on(vm, s, err, "ioctl", "set whether the socket is inherited");
  RETURN_NIL;
}

static bool get_host(VM *vm, int argc, Value *args) {
  (void)argc;
  const SocketObj *s = socket_self(args);
  RETURN_OBJ(copy_string(vm, s->host, s->host_length));
}

static bool set_host(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!check_string(vm, args, 0, "host")) return false;
  if (AS_STRING(args[0])->length >= ADDRESS_TEXT_MAX)
    return vm_raise(vm, EXC_VALUE, "Socket.host: a host of at most %d bytes, got %d",
                    ADDRESS_TEXT_MAX - 1, AS_STRING(args[0])->length);
  socket_set_host(socket_self(args), AS_CSTRING(args[0]), AS_STRING(args[0])->length);
  RETURN_NIL;
}

static bool set_timeout(VM *vm, Value *args, int64_t *field) {
  if (!check_int_range(vm, args, 0, "timeout", 0, 1e12)) return false;
  *field = (int64_t)AS_NUMBER(args[0]);
  RETURN_NIL;
}

static bool set_send_timeout(VM *vm, int argc, Value *args) {
  (void)argc;
  return set_timeout(vm, args, &socket_self(args)->send_timeout);
}

static bool set_receive_timeout(VM *vm, int argc, Value *args) {
  (void)argc;
  return set_timeout(vm, args, &socket_self(args)->receive_timeout);
}

bool socket_set_deadline_arg(VM *vm, Value *args, int64_t *deadline) {
  if (!IS_NIL(args[0]) && !check_int_range(vm, args, 0, "milliseconds", 0, 1e12)) return false;
  int64_t ms = IS_NIL(args[0]) ? 0 : (int64_t)AS_NUMBER(args[0]);
  *deadline = ms == 0 ? 0 : sock_now_ms() + ms;
  return true;
}

Value socket_time_left(int64_t deadline) {
  if (deadline == 0) return NIL_VAL;
  int64_t left = deadline - sock_now_ms();
  return NUMBER_VAL((double)(left > 0 ? left : 0));
}

/* set_deadline(milliseconds): from now; nil or 0 clears it */
static bool socket_set_deadline(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!socket_set_deadline_arg(vm, args, &socket_self(args)->deadline)) return false;
  RETURN_NIL;
}

GETTER(time_left, socket_time_left(s->deadline))

const SbFunction socket_deadline_methods[] = {
    {"set_deadline", socket_set_deadline, 1, 1,
     "set_deadline(milliseconds: number | nil)\n"
     "Sets one limit, milliseconds from now, over every later operation on the socket "
     "(connect, send, receive, read, accept): each waits until the earlier of its own "
     "timeout and the deadline. Once it passes they raise TimeoutError saying the deadline "
     "passed (errno ETIMEDOUT), and the socket stays usable. nil or 0 clears it. "
     "create_connection()'s deadline option sets it on the socket it returns.\n"
     "Example: sock.set_deadline(5000)  # the whole exchange within 5 s"},
    {NULL, NULL, 0, 0, NULL},
};

const SbProperty socket_properties[] = {
    {"host", get_host, set_host,
     "host: string\nThe host bound, to be bound or connected to; it defaults to localhost "
     "(127.0.0.1, or ::1 for AF_INET6). A UNIX socket's path."},
    {"port", get_port, NULL,
     "port: number\nThe port bound or connected to (the real one after bind(0))."},
    {"family", get_family, NULL, "family: number\nThe AF_ family; AF_INET by default."},
    {"type", get_type, NULL, "type: number\nThe SOCK_ type; SOCK_STREAM by default."},
    {"protocol", get_protocol, NULL,
     "protocol: number\nThe protocol; IPPROTO_TCP for the default stream socket."},
    {"id", get_id, NULL, "id: number\nThe file descriptor, or -1 once closed."},
    {"inheritable", get_inheritable, set_inheritable,
     "inheritable: bool\nWhether a program started with os.exec() keeps the socket open "
     "(as descriptor sock.id). False by default, as in Python: every socket is made "
     "close-on-exec, so a child program sees only what it is handed; set it to hand a "
     "listener to a worker program. Forked children keep every socket either way.\n"
     "Raises: SocketException when the socket is closed; TypeError for a value that is "
     "not a boolean.\n"
     "Example: sock.inheritable = true"},
    {"is_client", get_is_client, NULL,
     "is_client: bool\nWhether the socket connected out, or was accepted from a server."},
    {"is_bound", get_is_bound, NULL, "is_bound: bool\nWhether the socket is bound to an address."},
    {"is_connected", get_is_connected, NULL,
     "is_connected: bool\nWhether the socket is connected (and not closed)."},
    {"is_listening", get_is_listening, NULL,
     "is_listening: bool\nWhether the socket accepts connections."},
    {"is_closed", get_is_closed, NULL, "is_closed: bool\nWhether close() was called."},
    {"is_shutdown", get_is_shutdown, NULL,
     "is_shutdown: bool\nWhether shutdown() was called."},
    {"is_blocking", get_is_blocking, NULL,
     "is_blocking: bool\nWhether operations wait (true, the default) or return at once."},
    {"shutdown_reason", get_shutdown_reason, NULL,
     "shutdown_reason: number\nThe `how` of the last shutdown(), or -1."},
    {"send_timeout", get_send_timeout, set_send_timeout,
     "send_timeout: number\nMilliseconds a send may wait (0: no limit); the same value as "
     "the SO_SNDTIMEO option."},
    {"receive_timeout", get_receive_timeout, set_receive_timeout,
     "receive_timeout: number\nMilliseconds a receive, read or accept may wait (0: no "
     "limit); the same value as the SO_RCVTIMEO option."},
    {"time_left", get_time_left, NULL,
     "time_left: number | nil\nMilliseconds until the deadline set by set_deadline() (0 "
     "once it has passed), or nil when there is none."},
    {NULL, NULL, NULL, NULL},
};
