/* Moving data over TLS: send (all of a string or bytes), send_file (a
 * file, read and encrypted a chunk at a time: sendfile(2) cannot encrypt),
 * receive (what has arrived, one TLS record at most) and read (an exact
 * amount, or to the end of the stream). Each runs the handshake first if
 * needed. Data OpenSSL already holds is returned without waiting; a read
 * that fails or times out keeps what it got for the next call, so no
 * byte is lost. The end of the stream is the peer's close_notify; an end
 * without it raises. */
#include <errno.h>
#include <openssl/err.h>
#include <stdlib.h>

#include "lib_util.h"
#include "../socket/stream.h"
#include "tls.h"

#define RECORD_BUFFER (64 * 1024) /* more than one TLS record's plaintext */

static bool message_arg(VM *vm, Value *args, const char **data, size_t *length) {
  return byte_contents(args[0], data, length) ||
         raise_arg_type(vm, args, 0, "message", "a string or bytes");
}

static bool out_of_memory(VM *vm, size_t size) {
  return vm_raise(vm, EXC_VALUE, "%s(): cannot allocate %zu bytes", native_current_name(vm), size);
}

/* Writes all of data, adding what went out to *sent: 0, or the code that
 * ended it (SB_PARKED: the fiber parked). */
static int write_all(VM *vm, TLSSocketObj *t, const char *data, size_t length,
                     int64_t deadline, size_t *sent) {
  size_t done = 0;
  while (done < length) {
    size_t n;
    ERR_clear_error();
    errno = 0;
    if (SSL_write_ex(t->ssl, data + done, length - done, &n)) {
      done += n;
      *sent += n;
      t->record.bytes_sent += n;
      continue;
    }
    int code = tls_step(vm, t, 0, deadline);
    if (code != 0) return code;
  }
  return 0;
}

/* After a send of args[0] ended with code (not 0): nothing more when its
 * fiber parked (the re-run goes on from there), else raises with
 * .bytes_sent. */
static bool send_stopped(VM *vm, TLSSocketObj *t, int code, size_t sent, const char *what,
                         size_t length) {
  if (code == SB_PARKED) return false;
  tls_raise_code(vm, t, code, "SSL_write", "%s after %zu of %zu bytes", what, sent, length);
  vm_set_exception_field(vm, "bytes_sent", NUMBER_VAL((double)sent));
  return false;
}

/* send(message) */
static bool tls_method_send(VM *vm, int argc, Value *args) {
  (void)argc;
  TLSSocketObj *t = tls_socket_self(args);
  const char *data = NULL;
  size_t length = 0;
  if (!message_arg(vm, args, &data, &length) || !tls_check_ready(vm, t)) return false;
  size_t sent = send_progress_resume(&t->send, AS_OBJ(args[0]), vm->fiber);
  int code = write_all(vm, t, data + sent, length - sent, tls_deadline(t, true), &sent);
  send_progress_end(&t->send, AS_OBJ(args[0]), vm->fiber, code == SB_PARKED, sent);
  if (code != 0) return send_stopped(vm, t, code, sent, "send", length);
  RETURN_NUMBER((double)sent);
}

/* Reads the next chunk of the range and writes it, until all is sent or
 * the file ends: 0, or the code that ended it (TLS_EFILE: reading failed,
 * with its errno in *file_error). A chunk cut short by a park is read
 * again from where it stopped; OpenSSL takes the same bytes from the new
 * buffer (SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER). */
static int send_range(VM *vm, TLSSocketObj *t, const SendFileSource *source, char *buffer,
                      size_t *sent, int *file_error) {
  int64_t deadline = tls_deadline(t, true);
  while ((int64_t)*sent < source->count) {
    int64_t left = source->count - (int64_t)*sent;
    size_t got;
    *file_error = sock_read_file(source->fd, buffer,
                                 left < RECORD_BUFFER ? (size_t)left : RECORD_BUFFER,
                                 source->offset + (int64_t)*sent, &got);
    if (*file_error) return TLS_EFILE;
    if (got == 0) return 0; /* the file shrank since its size was read */
    int code = write_all(vm, t, buffer, got, deadline, sent);
    if (code != 0) return code;
  }
  return 0;
}

/* send_file(file, offset = 0, count = -1) */
static bool tls_method_send_file(VM *vm, int argc, Value *args) {
  TLSSocketObj *t = tls_socket_self(args);
  SendFileSource source;
  if (!socket_file_source(vm, argc, args, &source)) return false;
  if (!tls_check_ready(vm, t)) {
    socket_file_close(vm, &source);
    return false;
  }
  char *buffer = malloc(RECORD_BUFFER);
  if (buffer == NULL) {
    socket_file_close(vm, &source);
    return out_of_memory(vm, RECORD_BUFFER);
  }
  size_t sent = send_progress_resume(&t->send, AS_OBJ(args[0]), vm->fiber);
  int file_error = 0;
  int code = send_range(vm, t, &source, buffer, &sent, &file_error);
  free(buffer);
  send_progress_end(&t->send, AS_OBJ(args[0]), vm->fiber, code == SB_PARKED, sent);
  bool ok = code == 0 || (code == TLS_EFILE ? socket_file_raise(vm, file_error, source.path)
                                            : send_stopped(vm, t, code, sent, "send_file",
                                                           (size_t)source.count));
  socket_file_close(vm, &source);
  if (!ok) return false;
  RETURN_NUMBER((double)sent);
}

/* One SSL_read of at most capacity bytes, waiting until deadline: 0 with
 * *got set, or the code that ended it (TLS_ECLOSED at close_notify). */
static int read_some(VM *vm, TLSSocketObj *t, char *buffer, size_t capacity, int64_t deadline,
                     size_t *got) {
  /* Our own shutdown ended reading: the end of the stream, as for a
   * Socket, not a truncation that would fail the connection. */
  if (t->read_shut) {
    *got = 0;
    return TLS_ECLOSED;
  }
  for (;;) {
    ERR_clear_error();
    errno = 0;
    if (SSL_read_ex(t->ssl, buffer, capacity, got)) {
      t->record.bytes_received += *got;
      return 0;
    }
    int code = tls_step(vm, t, 0, deadline);
    if (code != 0) return code;
  }
}

/* receive(length = -1) */
static bool tls_method_receive(VM *vm, int argc, Value *args) {
  TLSSocketObj *t = tls_socket_self(args);
  int64_t length;
  if (!socket_length_arg(vm, argc, args, -1, &length) ||
      (t->pending.length == 0 && !tls_check_ready(vm, t)))
    return false;
  size_t capacity = length < 0 || length > RECORD_BUFFER ? RECORD_BUFFER : (size_t)length;
  char *buffer = malloc(capacity ? capacity : 1);
  if (buffer == NULL) return out_of_memory(vm, capacity);
  size_t got = pending_copy(&t->pending, buffer, capacity, true);
  int code = got || !capacity ? 0 : read_some(vm, t, buffer, capacity, tls_deadline(t, false), &got);
  if (code != 0 && code != TLS_ECLOSED) {
    free(buffer);
    return tls_raise_code(vm, t, code, "SSL_read", "receive");
  }
  ObjString *text = copy_string(vm, buffer, code ? 0 : (int)got);
  free(buffer);
  RETURN_OBJ(text);
}

/* Doubles the buffer, up to limit bytes. */
static bool grow(char **buffer, size_t *capacity, size_t limit) {
  size_t size = limit - *capacity < *capacity ? limit : *capacity * 2;
  char *grown = realloc(*buffer, size);
  if (grown == NULL) return false;
  *buffer = grown;
  *capacity = size;
  return true;
}

/* Reads until want bytes or the end of the stream into *out (malloc'd),
 * kept bytes first; on failure keeps what it read and raises. */
static bool read_until(VM *vm, TLSSocketObj *t, size_t want, char **out, size_t *have) {
  size_t start = t->pending.length > RECORD_BUFFER ? t->pending.length : RECORD_BUFFER;
  size_t capacity = want < start ? want : start;
  char *buffer = malloc(capacity ? capacity : 1);
  if (buffer == NULL) return out_of_memory(vm, capacity);
  *have = pending_copy(&t->pending, buffer, capacity, true);
  if (*have < want && !tls_check_ready(vm, t)) {
    pending_append(&t->pending, buffer, *have);
    free(buffer);
    return false;
  }
  int64_t deadline = tls_deadline(t, false);
  int code = 0;
  while (*have < want && code == 0) {
    size_t got = 0;
    if (*have == capacity && !grow(&buffer, &capacity, want)) code = ENOMEM;
    else code = read_some(vm, t, buffer + *have, capacity - *have, deadline, &got);
    *have += got;
  }
  if (code == 0 || code == TLS_ECLOSED) {
    *out = buffer;
    return true;
  }
  pending_append(&t->pending, buffer, *have);
  free(buffer);
  return tls_raise_code(vm, t, code, "SSL_read", "read after %zu bytes", *have);
}

/* read(length = 1024); -1 reads to the end of the stream */
static bool tls_method_read(VM *vm, int argc, Value *args) {
  TLSSocketObj *t = tls_socket_self(args);
  int64_t length;
  if (!socket_length_arg(vm, argc, args, 1024, &length)) return false;
  char *buffer = NULL;
  size_t have = 0;
  if (!read_until(vm, t, length < 0 ? (size_t)LIB_MAX_LENGTH : (size_t)length, &buffer, &have))
    return false;
  ObjString *text = copy_string(vm, buffer, (int)have);
  free(buffer);
  RETURN_OBJ(text);
}

/* ---- buffered reading, shared with Socket (stream.h) ---- */

/* SSL_read for the stream readers: close_notify is the end of the stream. */
static int stream_read(VM *vm, void *object, char *buffer, size_t capacity, int64_t deadline,
                       size_t *got) {
  int code = read_some(vm, object, buffer, capacity, deadline, got);
  if (code == TLS_ECLOSED) *got = 0;
  return code == TLS_ECLOSED ? 0 : code;
}

static bool stream_raise(VM *vm, void *object, int code, const char *what) {
  return tls_raise_code(vm, object, code, "SSL_read", "%s", what);
}

static bool stream_source(VM *vm, Value *args, StreamSource *out) {
  TLSSocketObj *t = tls_socket_self(args);
  if (t->pending.length == 0 && !tls_check_ready(vm, t)) return false;
  *out = (StreamSource){&t->pending, t, tls_deadline(t, false), stream_read, stream_raise};
  return true;
}

static bool tls_method_read_line(VM *vm, int argc, Value *args) {
  return stream_read_line(vm, argc, args, stream_source);
}

static bool tls_method_read_until(VM *vm, int argc, Value *args) {
  return stream_read_until(vm, argc, args, stream_source);
}

static bool tls_method_read_exact(VM *vm, int argc, Value *args) {
  return stream_read_exact(vm, argc, args, stream_source);
}

const SbFunction tls_io_methods[] = {
    {"send", tls_method_send, 1, 1,
     "send(message: string | bytes) -> number\n"
     "Encrypts and sends all of message, waiting up to send_timeout, and returns the "
     "number of bytes sent. Runs the handshake first if it has not run.\n"
     "Raises: TLSException (with .bytes_sent) when TLS fails; ConnectionReset when the "
     "peer has gone (never a SIGPIPE); TimeoutError when send_timeout passes.\n"
     "Example: tls.send('GET / HTTP/1.0\\r\\n\\r\\n')"},
    {"send_file", tls_method_send_file, 1, 3,
     "send_file(file: File | string, offset: number = 0, count: number = -1) -> number\n"
     "Sends count bytes of a file, starting offset bytes into it (count -1: to the end of "
     "the file), as Socket.send_file() does; over TLS the bytes must be encrypted, so "
     "they are read and sent in chunks of 64 KiB rather than by sendfile(2). file is a "
     "File or a path (opened for the call and closed again). Waits up to send_timeout; "
     "in fibers other fibers run meanwhile. Returns the number of bytes sent.\n"
     "Raises: as send(), with .bytes_sent; ValueError, TypeError and OSError for the "
     "file and range as Socket.send_file().\n"
     "Example:\nfile('page.html', 'w').write('<h1>Hello</h1>')\n"
     "tls.send_file('page.html')  # -> 14\n"
     "tls.send_file('page.html', 4, 5)  # -> 5"},
    {"receive", tls_method_receive, 0, 1,
     "receive(length: number = -1) -> string\n"
     "Waits up to receive_timeout for data and returns at most length bytes (-1: what has "
     "arrived, up to one TLS record). Data already decrypted is returned at once. Returns "
     "'' only when the peer has ended the stream with close_notify.\n"
     "Raises: TimeoutError when receive_timeout passes (nothing is lost); TLSException "
     "when the stream ends without close_notify (possible truncation) or TLS fails.\n"
     "Example: tls.send('ping')\ntls.receive()  # -> 'ping'"},
    {"read", tls_method_read, 0, 1,
     "read(length: number = 1024) -> string\n"
     "Reads exactly length bytes, or fewer when the stream ends first; -1 reads to the end "
     "of the stream.\n"
     "Raises: as receive(); on a timeout or failure the bytes read so far are kept for the "
     "next read or receive.\n"
     "Example: tls.send('hello')\ntls.shutdown()\ntls.read(-1)  # -> 'hello'"},
    {"read_line", tls_method_read_line, 0, 1,
     "read_line(max: number = 65536) -> string\n"
     "The next line, with its '\\n', as Socket.read_line(): over the same kind of buffer "
     "(shared with receive() and read()), so a timeout raises TimeoutError with .partial "
     "and the next call resumes with those bytes.\n"
     "Example: tls.send('first\\nsecond\\n')\ntls.read_line()  # -> 'first\\n'"},
    {"read_until", tls_method_read_until, 1, 2,
     "read_until(delimiter: string, max: number = 65536) -> string\n"
     "Bytes up to and including delimiter, as Socket.read_until().\n"
     "Example: tls.send('a;b;')\ntls.read_until(';')  # -> 'a;'"},
    {"read_exact", tls_method_read_exact, 1, 1,
     "read_exact(length: number) -> string\n"
     "Exactly length bytes, as Socket.read_exact(): ConnectionReset with .partial when the "
     "stream ends first, TimeoutError with .partial (kept for the next call) on a timeout.\n"
     "Example: tls.send('abcdef')\ntls.read_exact(4)  # -> 'abcd'"},
    {NULL, NULL, 0, 0, NULL},
};
