/* Buffered reading (see stream.h), and Socket's read_line, read_until and
 * read_exact over it. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "lib_util.h"
#include "socket_obj.h"
#include "stream.h"

#define STREAM_MAX_DEFAULT 65536
#define STREAM_CHUNK 16384

/* Where the request is met in the buffer: the bytes to return, or -1.
 * want may note how far it has looked, for the next call. */
typedef int64_t (*Enough)(const Pending *p, void *want);

typedef struct {
  const char *delimiter;
  size_t delimiter_length;
  size_t max;
  size_t searched; /* no delimiter starts before this offset */
} Until;

/* A delimiter counts only when it ends within max, so that at most max
 * bytes are returned; the search resumes where the last one stopped, so
 * a long line arriving in pieces is not scanned again from its start for
 * each piece. */
static int64_t enough_until(const Pending *p, void *want) {
  Until *u = want;
  size_t limit = p->length < u->max ? p->length : u->max;
  if (u->searched < limit) {
    int at = lib_find(p->data, (int)limit, u->delimiter, (int)u->delimiter_length, (int)u->searched);
    if (at >= 0) return (int64_t)((size_t)at + u->delimiter_length);
    size_t tail = u->delimiter_length - 1; /* may be the start of a delimiter */
    u->searched = limit > tail ? limit - tail : 0;
  }
  return p->length >= u->max ? (int64_t)u->max : -1;
}

static int64_t enough_exact(const Pending *p, void *want) {
  size_t n = *(const size_t *)want;
  return p->length >= n ? (int64_t)n : -1;
}

static int64_t enough_never(const Pending *p, void *want) {
  (void)p, (void)want;
  return -1;
}

/* Raises for code with .partial: every byte in the buffer, which stays. */
static bool raise_partial(VM *vm, StreamSource *src, int code, const char *what) {
  ObjString *partial = new_string(vm, src->pending->data, (int)src->pending->length);
  vm_push(vm, OBJ_VAL(partial));
  src->raise(vm, src->object, code, what);
  vm_set_exception_field(vm, "partial", OBJ_VAL(partial));
  vm_pop(vm);
  return false;
}

/* Reads into the buffer until enough() is met, the stream ends (*ended)
 * or the deadline passes (raised with .partial). */
static bool fill(VM *vm, StreamSource *src, Enough enough, void *want, int64_t *count,
                 bool *ended) {
  *ended = false;
  while ((*count = enough(src->pending, want)) < 0) {
    char chunk[STREAM_CHUNK];
    size_t got;
    int code = src->read(vm, src->object, chunk, sizeof chunk, src->deadline, &got);
    if (code == SB_PARKED) return false; /* run again when the fiber wakes */
    if (code) {
      char what[64];
      snprintf(what, sizeof what, "read %zu bytes so far", src->pending->length);
      return raise_partial(vm, src, code, what);
    }
    if (got == 0) {
      *ended = true;
      *count = (int64_t)src->pending->length;
      return true;
    }
    if (!pending_append(src->pending, chunk, got))
      return vm_raise(vm, EXC_VALUE, "%s(): out of memory", native_current_name(vm));
  }
  return true;
}

bool stream_read_to_end(VM *vm, StreamSource *source, Value *out) {
  int64_t count;
  bool ended;
  if (!fill(vm, source, enough_never, NULL, &count, &ended)) return false;
  *out = OBJ_VAL(pending_take(vm, source->pending, -1, true));
  return true;
}

static bool max_arg(VM *vm, int argc, Value *args, int index, size_t *max) {
  *max = STREAM_MAX_DEFAULT;
  if (argc <= index || IS_NIL(args[index])) return true;
  if (!check_int_range(vm, args, index, "max", 1, 1 << 30)) return false;
  *max = (size_t)AS_NUMBER(args[index]);
  return true;
}

static bool read_delimited(VM *vm, Value *args, StreamSource *src, const char *delimiter,
                           size_t length, size_t max) {
  Until until = {delimiter, length, max, 0};
  int64_t count;
  bool ended;
  if (!fill(vm, src, enough_until, &until, &count, &ended)) return false;
  RETURN_OBJ(pending_take(vm, src->pending, count, true));
}

bool stream_read_line(VM *vm, int argc, Value *args, StreamSourceOf source_of) {
  size_t max;
  StreamSource src;
  /* Arguments first: a TLSSocket's source runs the handshake. */
  if (!max_arg(vm, argc, args, 0, &max) || !source_of(vm, args, &src)) return false;
  return read_delimited(vm, args, &src, "\n", 1, max);
}

bool stream_read_until(VM *vm, int argc, Value *args, StreamSourceOf source_of) {
  size_t max;
  StreamSource src;
  if (!check_string(vm, args, 0, "delimiter") || !max_arg(vm, argc, args, 1, &max)) return false;
  ObjString *delimiter = AS_STRING(args[0]);
  if (delimiter->length == 0)
    return vm_raise(vm, EXC_VALUE, "%s(): the delimiter is empty", native_current_name(vm));
  if (!source_of(vm, args, &src)) return false;
  return read_delimited(vm, args, &src, delimiter->chars, (size_t)delimiter->length, max);
}

bool stream_read_exact(VM *vm, int argc, Value *args, StreamSourceOf source_of) {
  (void)argc;
  StreamSource src;
  if (!check_int_range(vm, args, 0, "length", 0, 1 << 30) || !source_of(vm, args, &src))
    return false;
  size_t n = (size_t)AS_NUMBER(args[0]);
  int64_t count;
  bool ended;
  if (!fill(vm, &src, enough_exact, &n, &count, &ended)) return false;
  if (ended) {
    char what[96];
    snprintf(what, sizeof what, "read_exact: the stream ended after %zu of %zu bytes",
             src.pending->length, n);
    bool raised = raise_partial(vm, &src, ECONNRESET, what);
    pending_free(src.pending); /* .partial has them: the stream is over */
    return raised;
  }
  RETURN_OBJ(pending_take(vm, src.pending, count, true));
}

/* ---- Socket's source: recv ---- */

static int socket_source_read(VM *vm, void *object, char *buffer, size_t capacity,
                              int64_t deadline, size_t *got) {
  return socket_recv(vm, object, buffer, capacity, 0, deadline, got);
}

static bool socket_source_raise(VM *vm, void *object, int code, const char *what) {
  return socket_raise_on(vm, object, code, "recv", "%s", what);
}

static StreamSource source_of_socket(SocketObj *s) {
  return (StreamSource){&s->pending, s, socket_deadline(s, false), socket_source_read,
                        socket_source_raise};
}

static bool socket_source(VM *vm, Value *args, StreamSource *out) {
  SocketObj *s = socket_self(args);
  if (!socket_check_open(vm, s)) return false;
  *out = source_of_socket(s);
  return true;
}

bool socket_read_to_end(VM *vm, SocketObj *s, Value *out) {
  StreamSource src = source_of_socket(s);
  return stream_read_to_end(vm, &src, out);
}

static bool socket_read_line(VM *vm, int argc, Value *args) {
  return stream_read_line(vm, argc, args, socket_source);
}

static bool socket_read_until(VM *vm, int argc, Value *args) {
  return stream_read_until(vm, argc, args, socket_source);
}

static bool socket_read_exact(VM *vm, int argc, Value *args) {
  return stream_read_exact(vm, argc, args, socket_source);
}

const SbFunction socket_stream_methods[] = {
    {"read_line", socket_read_line, 0, 1,
     "read_line(max: number = 65536) -> string\n"
     "The next line, with its '\\n' (at most max bytes; a longer line comes in pieces). At "
     "the end of the stream the last bytes without a newline, then ''. When "
     "receive_timeout passes, raises TimeoutError with .partial and keeps the bytes for "
     "the next call.\nExample: sock.send('first\\nsecond\\n')\nsock.read_line()  # -> 'first\\n'"},
    {"read_until", socket_read_until, 1, 2,
     "read_until(delimiter: string, max: number = 65536) -> string\n"
     "Bytes up to and including delimiter (or max bytes, or what is left at the end of "
     "the stream): never more than max, so a delimiter that would end past max is left "
     "for the next read. Timeouts as read_line."},
    {"read_exact", socket_read_exact, 1, 1,
     "read_exact(length: number) -> string\n"
     "Exactly length bytes. Raises ConnectionReset with .partial when the stream ends "
     "first, TimeoutError with .partial (the bytes kept for the next call) when "
     "receive_timeout passes."},
    {NULL, NULL, 0, 0, NULL},
};
