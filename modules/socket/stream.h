/* Buffered reading (read_line, read_until, read_exact, read to the end)
 * over a Pending buffer and a source of bytes: the same code serves Socket
 * (recv) and TLSSocket (SSL_read). Each call has one deadline; when it
 * passes, TimeoutError carries what arrived so far in .partial and the
 * bytes stay in the buffer, so the next call resumes without losing any. */
#ifndef SABRE_MODULES_SOCKET_STREAM_H
#define SABRE_MODULES_SOCKET_STREAM_H

#include "pending.h"

typedef struct {
  Pending *pending;
  void *object; /* the SocketObj or TLSSocketObj */
  int64_t deadline;
  /* One read of at most capacity bytes: 0 with *got (0: the stream has
   * ended), or an error code for raise. */
  int (*read)(VM *vm, void *object, char *buffer, size_t capacity, int64_t deadline,
              size_t *got);
  /* Raises for a code of read (nothing for SB_PARKED); what describes the
   * call. Returns false. */
  bool (*raise)(VM *vm, void *object, int code, const char *what);
} StreamSource;

/* The source of the receiver args[-1]; false after raising (a closed
 * socket). */
typedef bool (*StreamSourceOf)(VM *vm, Value *args, StreamSource *out);

/* The methods, for any class: read_line(max = 65536),
 * read_until(delimiter, max = 65536), read_exact(length). */
bool stream_read_line(VM *vm, int argc, Value *args, StreamSourceOf source_of);
bool stream_read_until(VM *vm, int argc, Value *args, StreamSourceOf source_of);
bool stream_read_exact(VM *vm, int argc, Value *args, StreamSourceOf source_of);
/* Everything until the stream ends, buffered bytes first. */
bool stream_read_to_end(VM *vm, StreamSource *source, Value *out);

#endif
