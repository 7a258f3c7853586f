/* What send_file sends, for Socket and TLSSocket alike: the file argument
 * (a File, or a path opened for the call) and the range of it that the
 * offset and count arguments select, clipped to the file's size; and the
 * OSError that names the file when it cannot be sent. Sending is the
 * caller's: sendfile(2) for a Socket, reads and SSL_write for TLS. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "socket_obj.h"

#define MAX_POSITION 9007199254740992.0 /* 2^53: the largest exact integer */

bool socket_file_raise(VM *vm, int err, const char *path) {
  char message[512];
  const char *why = err == EISDIR  ? "it is a directory"
                    : err == EINVAL ? "it is not a regular file"
                    : err == EBADF  ? "it is not open for reading"
                                    : strerror(err);
  snprintf(message, sizeof message, "%s(): cannot send %.300s: %s", native_current_name(vm),
           path, why);
  return vm_raise_errno(vm, vm->exception_classes[EXC_OS], err, message);
}

/* An optional whole number at args[index] of at least min; fallback when
 * absent or nil. */
static bool position_arg(VM *vm, int argc, Value *args, int index, const char *name,
                         int64_t fallback, int64_t *out) {
  *out = fallback;
  if (argc <= index || IS_NIL(args[index])) return true;
  if (!check_int(vm, args, index, name)) return false;
  double d = AS_NUMBER(args[index]);
  double min = (double)fallback; /* offset: 0 or more; count: -1 (to the end) or more */
  if (d < min || d > MAX_POSITION)
    return vm_raise(vm, EXC_VALUE, "%s(): %s must be %s, got %.0f", native_current_name(vm),
                    name, min == 0 ? "0 or more" : "-1 (to the end of the file) or more", d);
  *out = (int64_t)d;
  return true;
}

/* Opens a path argument (no NUL bytes) for this call. */
static bool open_path(VM *vm, Value *args, SendFileSource *source) {
  ObjString *path = AS_STRING(args[0]);
  if (path->length == 0 || strlen(path->chars) != (size_t)path->length)
    return vm_raise(vm, EXC_VALUE, "%s(): argument 1 (file) must be a non-empty path without "
                    "NUL bytes", native_current_name(vm));
  source->path = path->chars;
  int err = sock_open_file(source->path, &source->fd);
  if (err && socket_reclaim_descriptors(vm, err)) err = sock_open_file(source->path, &source->fd);
  if (err) return socket_file_raise(vm, err, source->path);
  source->owned = true;
  return true;
}

bool socket_file_source(VM *vm, int argc, Value *args, SendFileSource *source) {
  *source = (SendFileSource){.fd = -1};
  int64_t offset, count, size;
  if (!position_arg(vm, argc, args, 1, "offset", 0, &offset) ||
      !position_arg(vm, argc, args, 2, "count", -1, &count))
    return false;
  if (sb_is_file(args[0])) {
    int err = sb_file_descriptor(vm, args[0], &source->fd, &source->path);
    if (err != 0) return err > 0 && socket_file_raise(vm, err, source->path);
  } else if (!IS_STRING(args[0])) {
    return raise_arg_type(vm, args, 0, "file", "a File or a path string");
  } else if (!open_path(vm, args, source)) {
    return false;
  }
  int err = sock_file_size(source->fd, &size);
  if (err) {
    socket_file_raise(vm, err, source->path);
    socket_file_close(vm, source);
    return false;
  }
  int64_t remaining = offset < size ? size - offset : 0;
  source->offset = offset;
  source->count = count < 0 || count > remaining ? remaining : count;
  return true;
}

void socket_file_close(VM *vm, SendFileSource *source) {
  if (source->owned) sock_close(vm, source->fd);
  source->owned = false;
  source->fd = -1;
}
