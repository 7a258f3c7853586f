/* Buffered reading: read_line, read_until and read_exact over the socket's
 * pending buffer. Each call has one deadline (receive_timeout); when it
 * passes, TimeoutError carries what arrived so far in .partial and the
 * bytes stay in the buffer, so the next call resumes without losing any. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "socket_obj.h"

#define STREAM_MAX_DEFAULT 65536
#define STREAM_CHUNK 16384

bool pending_append(SocketObj *s, const char *data, size_t length) {
  if (s->pending_length + length > s->pending_capacity) {
    size_t capacity = s->pending_capacity < 256 ? 256 : s->pending_capacity;
    while (capacity < s->pending_length + length) capacity *= 2;
    char *grown = realloc(s->pending, capacity);
    if (grown == NULL) return false;
    s->pending = grown;
    s->pending_capacity = capacity;
  }
  if (length > 0) memcpy(s->pending + s->pending_length, data, length);
  s->pending_length += length;
  return true;
}

ObjString *pending_take(VM *vm, SocketObj *s, int64_t max, bool remove) {
  size_t n = max < 0 || (size_t)max > s->pending_length ? s->pending_length : (size_t)max;
  ObjString *text = new_string(vm, s->pending, (int)n);
  if (remove && n > 0) {
    memmove(s->pending, s->pending + n, s->pending_length - n);
    s->pending_length -= n;
  }
  return text;
}

/* Where the request is met in the buffer: the bytes to return, or -1. */
typedef int64_t (*Enough)(const SocketObj *s, const void *want);

typedef struct {
  const char *delimiter;
  size_t delimiter_length;
  size_t max;
} Until;

static int64_t enough_until(const SocketObj *s, const void *want) {
  const Until *u = want;
  size_t limit = s->pending_length < u->max ? s->pending_length : u->max;
  for (size_t i = 0; i + u->delimiter_length <= s->pending_length && i < limit; i++)
    if (memcmp(s->pending + i, u->delimiter, u->delimiter_length) == 0)
      return (int64_t)(i + u->delimiter_length);
  return s->pending_length >= u->max ? (int64_t)u->max : -1;
}

static int64_t enough_exact(const SocketObj *s, const void *want) {
  size_t n = *(const size_t *)want;
  return s->pending_length >= n ? (int64_t)n : -1;
}

/* Reads into the buffer until enough() is met, the stream ends (*ended)
 * or the deadline passes (raised with .partial). */
static bool fill(VM *vm, SocketObj *s, Enough enough, const void *want, int64_t *count,
                 bool *ended) {
  int64_t deadline = socket_deadline(s, false);
  *ended = false;
  while ((*count = enough(s, want)) < 0) {
    char chunk[STREAM_CHUNK];
    size_t got;
    int err = sock_recv(s->fd, chunk, sizeof chunk, 0, deadline, &got);
    if (err == 0) s->bytes_received += got;
    if (err) {
      ObjString *partial = new_string(vm, s->pending, (int)s->pending_length);
      vm_push(vm, OBJ_VAL(partial));
      bool raised = !socket_raise(vm, socket_timeout_cause(s->deadline, err), "read %zu bytes so far",
                                  s->pending_length);
      if (raised && err != SB_PARKED) vm_set_exception_field(vm, "partial", OBJ_VAL(partial));
      vm_pop(vm);
      return false;
    }
    if (got == 0) {
      *ended = true;
      *count = (int64_t)s->pending_length;
      return true;
    }
    if (!pending_append(s, chunk, got))
      return vm_raise(vm, EXC_VALUE, "%s(): out of memory", native_current_name(vm));
  }
  return true;
}

static int64_t enough_never(const SocketObj *s, const void *want) {
  (void)s, (void)want;
  return -1;
}

bool socket_read_to_end(VM *vm, SocketObj *s, Value *out) {
  int64_t count;
  bool ended;
  if (!fill(vm, s, enough_never, NULL, &count, &ended)) return false;
  *out = OBJ_VAL(pending_take(vm, s, -1, true));
  return true;
}

static bool max_arg(VM *vm, int argc, Value *args, int index, size_t *max) {
  *max = STREAM_MAX_DEFAULT;
  if (argc <= index || IS_NIL(args[index])) return true;
  if (!check_int_range(vm, args, index, "max", 1, 1 << 30)) return false;
  *max = (size_t)AS_NUMBER(args[index]);
  return true;
}

static bool read_delimited(VM *vm, Value *args, const char *delimiter, size_t length, size_t max) {
  SocketObj *s = socket_self(args);
  Until until = {delimiter, length, max};
  int64_t count;
  bool ended;
  if (!fill(vm, s, enough_until, &until, &count, &ended)) return false;
  RETURN_OBJ(pending_take(vm, s, count, true));
}

/* read_line(max = 65536) */
static bool socket_read_line(VM *vm, int argc, Value *args) {
  size_t max;
  if (!socket_check_open(vm, socket_self(args)) || !max_arg(vm, argc, args, 0, &max)) return false;
  return read_delimited(vm, args, "\n", 1, max);
}

/* read_until(delimiter, max = 65536) */
static bool socket_read_until(VM *vm, int argc, Value *args) {
  size_t max;
  if (!socket_check_open(vm, socket_self(args)) || !check_string(vm, args, 0, "delimiter") ||
      !max_arg(vm, argc, args, 1, &max))
    return false;
  ObjString *delimiter = AS_STRING(args[0]);
  if (delimiter->length == 0)
    return vm_raise(vm, EXC_VALUE, "%s(): the delimiter is empty", native_current_name(vm));
  return read_delimited(vm, args, delimiter->chars, (size_t)delimiter->length, max);
}

/* read_exact(n) */
static bool socket_read_exact(VM *vm, int argc, Value *args) {
  (void)argc;
  SocketObj *s = socket_self(args);
  if (!socket_check_open(vm, s) || !check_int_range(vm, args, 0, "length", 0, 1 << 30)) return false;
  size_t n = (size_t)AS_NUMBER(args[0]);
  int64_t count;
  bool ended;
  if (!fill(vm, s, enough_exact, &n, &count, &ended)) return false;
  if (ended) {
    ObjString *partial = pending_take(vm, s, -1, true);
    vm_push(vm, OBJ_VAL(partial));
    socket_raise(vm, ECONNRESET, "read_exact: the stream ended after %d of %zu bytes",
                 partial->length, n);
    vm_set_exception_field(vm, "partial", OBJ_VAL(partial));
    vm_pop(vm);
    return false;
  }
  RETURN_OBJ(pending_take(vm, s, count, true));
}

const SbFunction socket_stream_methods[] = {
    {"read_line", socket_read_line, 0, 1,
     "read_line(max: number = 65536) -> string\n"
     "The next line, with its '\\n' (at most max bytes; a longer line comes in pieces). At "
     "the end of the stream the last bytes without a newline, then ''. When "
     "receive_timeout passes, raises TimeoutError with .partial and keeps the bytes for "
     "the next call.\nExample: var line = conn.read_line()"},
    {"read_until", socket_read_until, 1, 2,
     "read_until(delimiter: string, max: number = 65536) -> string\n"
     "Bytes up to and including delimiter (or max bytes, or what is left at the end of "
     "the stream). Timeouts as read_line."},
    {"read_exact", socket_read_exact, 1, 1,
     "read_exact(length: number) -> string\n"
     "Exactly length bytes. Raises ConnectionReset with .partial when the stream ends "
     "first, TimeoutError with .partial (the bytes kept for the next call) when "
     "receive_timeout passes."},
    {NULL, NULL, 0, 0, NULL},
};
