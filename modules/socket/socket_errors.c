/* The socket module's exceptions: choosing the class for an errno and
 * writing messages that name the method, the operation and the cause. */
#include <errno.h>
#include <netdb.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "address_value.h"
#include "socket_obj.h"

ObjClass *socket_class(VM *vm, const char *name) {
  Value module;
  if (!table_get(&vm->modules, copy_cstring(vm, "socket"), &module)) return NULL;
  return sb_module_class(vm, AS_MODULE(module), name);
}

static const char *class_for_errno(int err) {
  switch (err) {
  case ECONNREFUSED: return "ConnectionRefused";
  case ECONNRESET:
  case EPIPE:
  case ECONNABORTED: return "ConnectionReset";
  case ETIMEDOUT:
  case SOCKET_EDEADLINE: return "TimeoutError";
  case EADDRINUSE: return "AddressInUse";
  default: return "SocketException";
  }
}

void socket_error_context(VM *vm, const char *operation, const SockAddr *address) {
  if (operation == NULL) {
    const char *method = native_current_name(vm), *dot = strrchr(method, '.');
    operation = dot ? dot + 1 : method;
  }
  vm_set_exception_field(vm, "operation", OBJ_VAL(copy_cstring(vm, operation)));
  vm_set_exception_field(vm, "address", address ? address_object(vm, address) : NIL_VAL);
}

static bool raise_v(VM *vm, int err, const char *operation, const SockAddr *address,
                    const char *format, va_list ap) {
  if (err == SB_PARKED) return false; /* not an error: the call runs again later */
  if (err == EINTR && vm_interrupt_requested) return vm_raise_interrupt(vm);
  char what[512];
  vsnprintf(what, sizeof what, format, ap);
  char message[1024];
  snprintf(message, sizeof message, "%s(): %s: %s", native_current_name(vm), what,
           err == ETIMEDOUT ? "timed out" : err == SOCKET_EDEADLINE ? "the deadline passed"
           : err == EAGAIN ? "it would have to wait, and the socket is non-blocking" : strerror(err));
  vm_raise_errno(vm, socket_class(vm, class_for_errno(err)),
                 err == SOCKET_EDEADLINE ? ETIMEDOUT : err, message);
  socket_error_context(vm, operation, address);
  return false;
}

bool socket_raise(VM *vm, int err, const char *operation, const SockAddr *address,
                  const char *format, ...) {
  va_list ap;
  va_start(ap, format);
  raise_v(vm, err, operation, address, format, ap);
  va_end(ap);
  return false;
}

bool socket_endpoint(int fd, const char *peer_host, int port, int family, SockAddr *out) {
  if (sock_peer_address(fd, out) == 0) return true;
  bool remembered = peer_host != NULL && peer_host[0] != '\0' && family != AF_UNIX;
  return (remembered && address_numeric(peer_host, port, family, out)) ||
         sock_local_address(fd, out) == 0;
}

bool socket_raise_on(VM *vm, const SocketObj *s, int err, const char *operation,
                     const char *format, ...) {
  if (err == SB_PARKED) return false; /* before looking the address up: no error */
  /* EPIPE after our own shutdown is no reset by the peer. */
  if (err == EPIPE && (s->shutdown_reason == SHUT_WR || s->shutdown_reason == SHUT_RDWR))
    return socket_state_error(vm, EPIPE, "the socket was shut down for writing (shutdown())");
  SockAddr where;
  const char *peer = s->is_connected ? s->host : NULL;
  const SockAddr *address =
      s->open && socket_endpoint(s->fd, peer, s->port, s->family, &where) ? &where : NULL;
  va_list ap;
  va_start(ap, format);
  raise_v(vm, socket_timeout_cause(s->deadline, err), operation, address, format, ap);
  va_end(ap);
  return false;
}

bool socket_state_error(VM *vm, int err, const char *what) {
  char message[256];
  snprintf(message, sizeof message, "%s(): %s", native_current_name(vm), what);
  vm_raise_errno(vm, socket_class(vm, "SocketException"), err, message);
  socket_error_context(vm, NULL, NULL);
  return false;
}

bool socket_raise_resolve(VM *vm, int code, const char *host) {
  char message[512];
  bool idna = code == ADDRESS_NOT_IDNA;
  snprintf(message, sizeof message, "%s(): cannot resolve '%.200s': %s", native_current_name(vm),
           host, idna ? "not a valid internationalized domain name (IDNA)" : gai_strerror(code));
  vm_raise_errno(vm, socket_class(vm, "ResolveError"), 0, message);
  vm_set_exception_field(vm, "code", NUMBER_VAL(idna ? EAI_NONAME : code));
  socket_error_context(vm, "getaddrinfo", NULL);
  return false;
}

bool socket_raise_address(VM *vm, int rc, const char *operation, const char *host, int port) {
  if (rc < 0) return socket_raise_resolve(vm, rc, host);
  return socket_raise(vm, rc, operation, NULL, "address %.200s:%d", host, port);
}

bool socket_raise_path_too_long(VM *vm, const char *operation, const char *path, int length) {
  /* An abstract name's first byte (NUL or '@') marks it and is not counted. */
  bool abstract = address_unix_abstract(path, (size_t)length);
  char shown[2 * 80 + 1];
  address_message_text(path + abstract, (length < 80 ? length : 80) - abstract, shown, sizeof shown);
  return socket_raise(vm, ENAMETOOLONG, operation, NULL,
                      "UNIX %s of %d bytes is longer than the %zu this system allows: '%s%s'",
                      abstract ? "abstract name" : "socket path", length - abstract,
                      address_unix_path_max(), abstract ? "@" : "", shown);
}

bool socket_check_host_name(VM *vm, const char *host, int length) {
  if (memchr(host, '\0', (size_t)length) == NULL) return true;
  return vm_raise(vm, EXC_VALUE, "%s(): the host name '%.200s...' holds a NUL byte",
                  native_current_name(vm), host);
}

bool socket_check_host_arg(VM *vm, Value *args, int index, const char *what) {
  return check_string(vm, args, index, what) &&
         socket_check_host_name(vm, AS_CSTRING(args[index]), AS_STRING(args[index])->length);
}

bool socket_check_supported(VM *vm, int value, const char *what) {
  if (value != -1) return true;
  char message[128];
  snprintf(message, sizeof message, "%s is -1, the value of a constant this system does not support",
           what);
  return socket_state_error(vm, EINVAL, message);
}
