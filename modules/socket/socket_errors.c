/* The socket module's exceptions: choosing the class for an errno and
 * writing messages that name the method, the operation and the cause. */
#include <errno.h>
#include <netdb.h>
#include <stdarg.h>
#include <stdio.h>

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

bool socket_raise(VM *vm, int err, const char *format, ...) {
  if (err == SB_PARKED) return false; /* not an error: the call runs again later */
  char operation[512];
  va_list ap;
  va_start(ap, format);
  vsnprintf(operation, sizeof operation, format, ap);
  va_end(ap);
  char message[1024];
  snprintf(message, sizeof message, "%s(): %s: %s", native_current_name(vm), operation,
           err == ETIMEDOUT ? "timed out" : err == SOCKET_EDEADLINE ? "the deadline passed"
           : err == EAGAIN ? "it would have to wait, and the socket is non-blocking" : strerror(err));
  return vm_raise_errno(vm, socket_class(vm, class_for_errno(err)),
                        err == SOCKET_EDEADLINE ? ETIMEDOUT : err, message);
}

bool socket_raise_resolve(VM *vm, int code, const char *host) {
  char message[512];
  snprintf(message, sizeof message, "%s(): cannot resolve '%.200s': %s", native_current_name(vm),
           host, gai_strerror(code));
  vm_raise_errno(vm, socket_class(vm, "ResolveError"), 0, message);
  vm_set_exception_field(vm, "code", NUMBER_VAL(code));
  return false;
}

bool socket_raise_address(VM *vm, int rc, const char *host, int port) {
  if (rc < 0) return socket_raise_resolve(vm, rc, host);
  if (rc == ENAMETOOLONG)
    return socket_raise(vm, rc, "UNIX socket path of %zu bytes is longer than the %zu this system "
                                "allows: '%.80s'", strlen(host), address_unix_path_max(), host);
  return socket_raise(vm, rc, "address %.200s:%d", host, port);
}

bool socket_check_supported(VM *vm, int value, const char *what) {
  if (value != -1) return true;
  char message[256];
  snprintf(message, sizeof message,
           "%s(): %s is -1, the value of a constant this system does not support",
           native_current_name(vm), what);
  return vm_raise_errno(vm, socket_class(vm, "SocketException"), EINVAL, message);
}
