/* Moving data: send (string, bytes or file, all of it), send_file (a
 * file's bytes through sendfile(2)), receive (what is there),
 * receive_into (into a bytes buffer), read (an
 * exact amount or to the end), send_to/receive_from for datagrams, and
 * passing sockets between processes over AF_UNIX. A read that times out
 * keeps what it got for the next read: no byte is lost. */
#include <errno.h>
#include <inttypes.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "format.h"
#include "lib_util.h"
#include "memory.h"
#include "socket_obj.h"

#define RECEIVE_CHUNK (64 * 1024)
#define RECEIVE_MAX (1024 * 1024) /* one receive() returns at most this */
#define DATAGRAM_MAX 65536

/* The bytes of a string, bytes or File argument; a File is read whole (as
 * File.read() reads it) and its text replaces the argument so that it
 * stays reachable. A File that cannot be opened or read raises the OSError
 * send_file() raises, naming the file. */
static bool message_arg(VM *vm, Value *args, int index, const char **data, size_t *length) {
  if (sb_is_file(args[index])) {
    const char *path;
    int err = sb_file_read(vm, args[index], &args[index], &path);
    if (err != 0) return err > 0 && socket_file_raise(vm, err, path);
  }
  return byte_contents(args[index], data, length) ||
         raise_arg_type(vm, args, index, "message", "a string, bytes or a file");
}

static bool flags_arg(VM *vm, int argc, Value *args, int index, int *flags) {
  *flags = 0;
  if (argc <= index || IS_NIL(args[index])) return true;
  if (!check_int_range(vm, args, index, "flags", 0, INT32_MAX)) return false;
  *flags = (int)AS_NUMBER(args[index]);
  return true;
}

static bool check_stream_connected(VM *vm, SocketObj *s) {
  if (!socket_check_open(vm, s)) return false;
  if (s->type != SOCK_STREAM || s->is_connected) return true;
  return socket_raise_on(vm, s, ENOTCONN, NULL, "the socket is not connected");
}

/* send(message, flags = 0) */
static bool socket_send(VM *vm, int argc, Value *args) {
  SocketObj *s = socket_self(args);
  const char *data;
  size_t length, sent;
  int flags;
  bool file = IS_FOREIGN(args[0]); /* read anew on each run: it must not park */
  if (!check_stream_connected(vm, s)) return false;
  vm->parking_disabled += file;
  bool ok = message_arg(vm, args, 0, &data, &length) && flags_arg(vm, argc, args, 1, &flags);
  /* A send parked half-way in a fiber resumes where it stopped. */
  size_t done = ok ? send_progress_resume(&s->send, AS_OBJ(args[0]), vm->fiber) : 0;
  int err = ok ? sock_send_all(vm, s->fd, data + done, length - done, flags,
                               socket_deadline(s, true), &sent)
               : 0;
  vm->parking_disabled -= file;
  if (!ok) return false;
  s->record.bytes_sent += sent;
  send_progress_end(&s->send, AS_OBJ(args[0]), vm->fiber, err == SB_PARKED, done + sent);
  if (err) {
    if (!socket_raise_on(vm, s, err, "send", "send after %zu of %zu bytes", done + sent, length) && err != SB_PARKED)
      vm_set_exception_field(vm, "bytes_sent", NUMBER_VAL((double)(done + sent)));
    return false;
  }
  RETURN_NUMBER((double)length);
}

/* send_file(file, offset = 0, count = -1); a re-run after its fiber
 * parked goes on where it stopped. */
static bool socket_send_file(VM *vm, int argc, Value *args) {
  SocketObj *s = socket_self(args);
  SendFileSource source;
  if (!check_stream_connected(vm, s)) return false;
  if (s->type != SOCK_STREAM)
    return socket_raise_on(vm, s, EOPNOTSUPP, NULL, "send_file needs a stream socket (SOCK_STREAM)");
  if (!socket_file_source(vm, argc, args, &source)) return false;
  size_t done = send_progress_resume(&s->send, AS_OBJ(args[0]), vm->fiber);
  size_t sent = 0;
  int err = sock_send_file(vm, s->fd, source.fd, source.offset + (int64_t)done,
                           source.count - (int64_t)done, socket_deadline(s, true),
                           &s->fd_non_blocking, &sent);
  socket_file_close(vm, &source);
  s->record.bytes_sent += sent;
  send_progress_end(&s->send, AS_OBJ(args[0]), vm->fiber, err == SB_PARKED, done + sent);
  if (err) {
    if (!socket_raise_on(vm, s, err, "sendfile", "send %.300s after %zu of %" PRId64 " bytes", source.path,
                      done + sent, source.count) &&
        err != SB_PARKED)
      vm_set_exception_field(vm, "bytes_sent", NUMBER_VAL((double)(done + sent)));
    return false;
  }
  RETURN_NUMBER((double)(done + sent));
}

int socket_recv(VM *vm, SocketObj *s, char *buffer, size_t capacity, int flags,
                int64_t deadline, size_t *got) {
  bool tcp = s->type == SOCK_STREAM && (s->family == AF_INET || s->family == AF_INET6) &&
             (s->protocol == 0 || s->protocol == IPPROTO_TCP);
  int err = sock_recv(vm, s->fd, tcp, buffer, capacity, flags, deadline, got);
  if (err == 0 && !(flags & MSG_PEEK)) s->record.bytes_received += *got;
  return err;
}

/* Everything the socket has now: one wait, then whatever follows at once. */
static bool receive_available(VM *vm, SocketObj *s, int flags, Value *out) {
  char chunk[RECEIVE_CHUNK];
  int64_t deadline = socket_deadline(s, false);
  size_t got;
  int err = socket_recv(vm, s, chunk, sizeof chunk, flags, deadline, &got);
  if (err) return socket_raise_on(vm, s, err, "recv", "receive");
  /* What one call brought is most often all there is: one string, sized. */
  if (got < sizeof chunk || (flags & MSG_PEEK)) {
    *out = OBJ_VAL(new_string(vm, chunk, (int)got));
    return true;
  }
  StrBuf buf;
  strbuf_init(&buf);
  strbuf_append(&buf, chunk, (int)got);
  while (buf.length < RECEIVE_MAX) {
    err = socket_recv(vm, s, chunk, sizeof chunk, flags, SOCK_NO_WAIT, &got);
    if (err == EAGAIN) break;
    if (err) {
      strbuf_free(&buf);
      return socket_raise_on(vm, s, err, "recv", "receive");
    }
    strbuf_append(&buf, chunk, (int)got);
    if (got < sizeof chunk) break;
  }
  *out = OBJ_VAL(strbuf_to_string(vm, &buf));
  return true;
}

/* Reads until length bytes or the end of the stream, starting with the
 * pending bytes, straight into the string to return. On a timeout what was
 * read is kept for the next call. */
static bool read_exactly(VM *vm, SocketObj *s, size_t length, int flags, Value *out) {
  ObjString *text = string_alloc(vm, (int)length);
  size_t have = pending_copy(&s->pending, text->chars, length, true);
  int64_t deadline = socket_deadline(s, false);
  while (have < length) {
    size_t got;
    int err = socket_recv(vm, s, text->chars + have, length - have, flags & ~MSG_WAITALL, deadline, &got);
    if (err) {
      pending_append(&s->pending, text->chars, have);
      string_truncate(vm, text, 0);
      return socket_raise_on(vm, s, err, "recv", "read %zu of %zu bytes", have, length);
    }
    if (got == 0) break;
    have += got;
  }
  *out = OBJ_VAL(string_truncate(vm, text, (int)have));
  return true;
}

bool socket_length_arg(VM *vm, int argc, Value *args, int64_t fallback, int64_t *length) {
  *length = fallback;
  if (argc == 0 || IS_NIL(args[0])) return true;
  if (!check_int_range(vm, args, 0, "length", -1, LIB_MAX_LENGTH)) return false;
  *length = (int64_t)AS_NUMBER(args[0]);
  return true;
}

/* receive(length = -1, flags = 0) */
static bool socket_receive(VM *vm, int argc, Value *args) {
  SocketObj *s = socket_self(args);
  int64_t length;
  int flags;
  if (!socket_check_open(vm, s) || !socket_length_arg(vm, argc, args, -1, &length) ||
      !flags_arg(vm, argc, args, 1, &flags))
    return false;
  Value result = NIL_VAL;
  if ((flags & MSG_WAITALL) && !(flags & MSG_PEEK) && length > 0) {
    if (!read_exactly(vm, s, (size_t)length, flags, &result)) return false;
    RETURN_VAL(result);
  }
  if (s->pending.length > 0) RETURN_OBJ(pending_take(vm, &s->pending, length, !(flags & MSG_PEEK)));
  if (length == 0) RETURN_OBJ(copy_string(vm, "", 0));
  if (length < 0) {
    if (!receive_available(vm, s, flags, &result)) return false;
    RETURN_VAL(result);
  }
  /* Received straight into the string, which then gives back what it did
   * not need. */
  size_t capacity = length > RECEIVE_MAX ? RECEIVE_MAX : (size_t)length;
  ObjString *text = string_alloc(vm, (int)capacity);
  size_t got = 0;
  int err = socket_recv(vm, s, text->chars, capacity, flags, socket_deadline(s, false), &got);
  text = string_truncate(vm, text, (int)got);
  if (err) return socket_raise_on(vm, s, err, "recv", "receive");
  RETURN_OBJ(text);
}

/* receive_into(buffer, length = -1, flags = 0) */
static bool socket_receive_into(VM *vm, int argc, Value *args) {
  SocketObj *s = socket_self(args);
  int64_t length = -1;
  int flags;
  if (!socket_check_open(vm, s)) return false;
  if (!IS_BYTES(args[0])) return raise_arg_type(vm, args, 0, "buffer", "bytes");
  ObjBytes *buffer = AS_BYTES(args[0]);
  if (argc > 1 && !IS_NIL(args[1]) &&
      !check_int_range(vm, args, 1, "length", -1, buffer->length))
    return false;
  if (argc > 1 && !IS_NIL(args[1])) length = (int64_t)AS_NUMBER(args[1]);
  if (!flags_arg(vm, argc, args, 2, &flags)) return false;
  size_t capacity = length < 0 ? (size_t)buffer->length : (size_t)length;
  if (s->pending.length > 0 || capacity == 0)
    RETURN_NUMBER((double)pending_copy(&s->pending, buffer->data, capacity, !(flags & MSG_PEEK)));
  size_t got = 0;
  int err = socket_recv(vm, s, (char *)buffer->data, capacity, flags, socket_deadline(s, false), &got);
  if (err) return socket_raise_on(vm, s, err, "recv", "receive into %zu bytes", capacity);
  RETURN_NUMBER((double)got);
}

/* read(length = 1024) */
static bool socket_read(VM *vm, int argc, Value *args) {
  SocketObj *s = socket_self(args);
  int64_t length;
  if (!socket_check_open(vm, s) || !socket_length_arg(vm, argc, args, 1024, &length)) return false;
  Value result = NIL_VAL;
  bool ok = length < 0 ? socket_read_to_end(vm, s, &result)
                       : read_exactly(vm, s, (size_t)length, 0, &result);
  if (!ok) return false;
  RETURN_VAL(result);
}

/* send_to(message, host, port, flags = 0) */
static bool socket_send_to(VM *vm, int argc, Value *args) {
  SocketObj *s = socket_self(args);
  const char *data, *host;
  size_t length, sent;
  int flags, port = 0, host_length;
  if (!socket_check_open(vm, s) || !socket_host_arg(vm, args, 1, s, &host, &host_length))
    return false;
  if (s->family != AF_UNIX) {
    if (argc < 3) return vm_raise(vm, EXC_ARGUMENT, "%s(): a port is needed", native_current_name(vm));
    if (!check_int_range(vm, args, 2, "port", 0, 65535)) return false;
    port = (int)AS_NUMBER(args[2]);
  }
  /* A name is resolved first, off the interpreter's thread: a run that
   * parks there has read nothing of a File message yet. */
  SockAddr to;
  int64_t deadline = socket_deadline(s, true);
  if (!flags_arg(vm, argc, args, 3, &flags)) return false;
  if (s->family != AF_UNIX && !socket_check_host_name(vm, host, host_length)) return false;
  bool resolved = s->family == AF_UNIX
                      ? socket_resolve(vm, s, "sendto", host, host_length, port, &deadline, &to)
                      : peer_memo_destination(&s->peers, host, host_length, port, s->family, &to) ||
                            socket_resolve_name(vm, s, host, port, &deadline, &to);
  if (!resolved || !message_arg(vm, args, 0, &data, &length)) return false;
  int err = sock_send_to(vm, s->fd, data, length, flags, &to, deadline, &sent);
  if (err) {
    char text[ADDRESS_MESSAGE_MAX];
    address_endpoint_message(s->family, host, host_length, port, text);
    return socket_raise(vm, socket_timeout_cause(s->deadline, err), "sendto", &to, "send to %s", text);
  }
  s->record.bytes_sent += sent;
  RETURN_NUMBER((double)sent);
}

/* receive_from(length = 65536) -> [data, host, port] */
static bool socket_receive_from(VM *vm, int argc, Value *args) {
  SocketObj *s = socket_self(args);
  int64_t length;
  if (!socket_check_open(vm, s) || !socket_length_arg(vm, argc, args, DATAGRAM_MAX, &length)) return false;
  size_t capacity = length < 0 || length > DATAGRAM_MAX ? DATAGRAM_MAX : (size_t)length;
  char buffer[DATAGRAM_MAX];
  size_t got;
  SockAddr from;
  int err = sock_recv_from(vm, s->fd, buffer, capacity, 0, socket_deadline(s, false), &got, &from);
  if (err == 0) s->record.bytes_received += got;
  if (err) return socket_raise_on(vm, s, err, "recvfrom", "receive a datagram");
  bool same = peer_memo_same_sender(&s->peers, &from);
  ObjList *result = new_list_sized(vm, 3);
  vm_push(vm, OBJ_VAL(result));
  result->items.values[0] = OBJ_VAL(new_string(vm, buffer, (int)got));
  result->items.count = 1;
  /* One string per sender met in turn, not one per datagram; interned, so
   * that senders taking turns share theirs too. */
  if (!same || s->sender_text == NULL) {
    char host[ADDRESS_TEXT_MAX];
    int host_length = address_format(&from, host, &s->sender_port);
    s->sender_text = copy_string(vm, host, host_length);
  }
  result->items.values[1] = OBJ_VAL(s->sender_text);
  result->items.values[2] = NUMBER_VAL(s->sender_port);
  result->items.count = 3;
  vm_pop(vm);
  RETURN_OBJ(result);
}

/* send_socket(socket): passes an open socket to the process at the other end. */
static bool socket_send_socket(VM *vm, int argc, Value *args) {
  (void)argc;
  SocketObj *s = socket_self(args);
  if (!socket_check_open(vm, s)) return false;
  SocketObj *passed = socket_of(args[0]);
  if (passed == NULL) return raise_arg_type(vm, args, 0, "socket", "a Socket");
  if (!passed->open) return socket_raise_on(vm, s, EBADF, NULL, "the socket to send is closed");
  if (s->family != AF_UNIX) return socket_raise_on(vm, s, EAFNOSUPPORT, NULL, "sockets pass only over AF_UNIX");
  int err = sock_send_fd(vm, s->fd, passed->fd, socket_deadline(s, true));
  if (err) return socket_raise_on(vm, s, err, "sendmsg", "send a socket");
  RETURN_BOOL(true);
}

/* receive_socket() -> Socket, as sent by send_socket() */
static bool socket_receive_socket(VM *vm, int argc, Value *args) {
  (void)argc;
  SocketObj *s = socket_self(args);
  if (!socket_check_open(vm, s)) return false;
  /* With no free descriptor the kernel would drop the socket sent, so make
   * sure of one first (dropped sockets may hold them all). */
  int probe = dup(s->fd);
  if (probe < 0 && socket_reclaim_descriptors(vm, errno)) probe = dup(s->fd);
  if (probe >= 0) close(probe);
  int fd;
  int err = sock_recv_fd(vm, s->fd, socket_deadline(s, false), &fd);
  if (err == EMFILE) return socket_raise_on(vm, s, err, "recvmsg", "receive a socket: the socket sent was lost");
  if (err == EPROTO) return socket_raise_on(vm, s, err, "recvmsg", "receive a socket: the peer sent data, not a socket");
  if (err == EMSGSIZE)
    return socket_raise_on(vm, s, err, "recvmsg", "receive a socket: the peer sent several "
                           "descriptors in one message (one per message is taken); all were closed");
  if (err) return socket_raise_on(vm, s, err, "recvmsg", "receive a socket");
  if (fd < 0) RETURN_NIL; /* the other side closed the link: no more sockets */
  ObjForeign *object = socket_adopt(vm, s->state, AS_FOREIGN(args[-1])->klass, fd, &err);
  if (object == NULL) {
    close(fd);
    return socket_raise_on(vm, s, err, "getsockopt", "receive a socket: the descriptor sent is "
                           "not a socket; it was closed");
  }
  RETURN_OBJ(object);
}

const SbFunction socket_io_methods[] = {
    {"send", socket_send, 1, 2,
     "send(message: string | bytes | file, flags: number = 0) -> number\n"
     "Sends all of message (a File is read from where it stands, as File.read() reads it, "
     "and its content sent), waiting up to send_timeout, and returns the number of bytes "
     "sent. Raises ConnectionReset when the peer has gone (never a SIGPIPE) and "
     "SocketException with .bytes_sent on failure; for a File that cannot be opened or "
     "read, OSError (with .errno) naming the file, as send_file() does, before anything "
     "is sent, and ValueError for a closed File."},
    {"send_file", socket_send_file, 1, 3,
     "send_file(file: File | string, offset: number = 0, count: number = -1) -> number\n"
     "Sends count bytes of a file, starting offset bytes into it (count -1: to the end of "
     "the file), through sendfile(2): the kernel copies them from the file to the "
     "connection, and the script never holds them. file is a File (made by file(path); "
     "its own read position is neither used nor moved) or a path, which is opened for "
     "the call and closed again. The range stops at the end of the file: an offset past "
     "it sends nothing. Partial sends are resumed until all is sent, waiting up to "
     "send_timeout, and in fibers other fibers run while it waits, as for send(). "
     "Returns the number of bytes sent, which bytes_sent counts as well.\n"
     "Raises: SocketException when the socket is closed, not connected or not a stream "
     "socket; ValueError for a negative offset or a count below -1; TypeError when file is "
     "neither a File nor a string; OSError (with .errno) naming the file when it cannot be "
     "opened, is a directory or not a regular file, or is not open for reading; "
     "ConnectionReset, TimeoutError or SocketException with .bytes_sent when sending "
     "fails.\n"
     "Example:\nfile('page.html', 'w').write('<h1>Hello</h1>')\n"
     "sock.send_file('page.html')  # -> 14\n"
     "sock.send_file('page.html', 4, 5)  # -> 5"},
    {"receive_into", socket_receive_into, 1, 3,
     "receive_into(buffer: bytes, length: number = -1, flags: number = 0) -> number\n"
     "Like receive(), but the bytes go into buffer, from its start, and no string is "
     "made: at most length bytes (-1: buffer's length). Returns how many arrived; 0 means "
     "the peer ended the stream. For moving data in bulk: bytes are counted by length() "
     "without reading them, and one buffer serves every call.\n"
     "Raises: ValueError when length is larger than the buffer; as receive() otherwise.\n"
     "Example:\nvar buffer = bytes(4096)\nsock.send('ping')\n"
     "sock.receive_into(buffer)  # -> 4\n"
     "buffer[0, 4].to_string()  # -> 'ping'"},
    {"receive", socket_receive, 0, 2,
     "receive(length: number = -1, flags: number = 0) -> string\n"
     "Waits up to receive_timeout for data and returns at most length bytes (-1: all that "
     "has arrived). Returns '' only when the peer has ended the stream. A timeout raises "
     "TimeoutError and loses nothing. With MSG_WAITALL it waits for length bytes; MSG_PEEK "
     "leaves the data to be read again.\n"
     "Example: sock.send('ping')\nsock.receive(4096)  # -> 'ping'"},
    {"read", socket_read, 0, 1,
     "read(length: number = 1024) -> string\n"
     "Reads exactly length bytes, or fewer when the stream ends first; -1 reads until the "
     "peer ends the stream. When receive_timeout passes, raises TimeoutError and keeps the "
     "bytes read so far for the next read or receive."},
    {"send_to", socket_send_to, 2, 4,
     "send_to(message: string | bytes, host: string, port: number, flags: number = 0) -> number\n"
     "Sends one datagram to host and port (to a path for AF_UNIX datagram sockets)."},
    {"receive_from", socket_receive_from, 0, 1,
     "receive_from(length: number = 65536) -> list\n"
     "Waits for one datagram and returns [data, host, port] (the path, or '@name' for an abstract name, and 0 for AF_UNIX)."},
    {"send_socket", socket_send_socket, 1, 1,
     "send_socket(socket: Socket) -> bool\n"
     "Passes an open socket to the process at the other end of this AF_UNIX socket "
     "(SCM_RIGHTS); both processes then hold it."},
    {"receive_socket", socket_receive_socket, 0, 0,
     "receive_socket() -> Socket | nil\n"
     "Waits for a socket sent with send_socket() and returns it, its state (listening, "
     "bound, connected) read from the system; nil once the other side has closed the link. "
     "A message that carries several descriptors (as Python's socket.send_fds can send) or "
     "a descriptor that is not a socket raises SocketException, and every descriptor that "
     "came with it is closed. Data that came without a socket raises SocketException too "
     "and stays to be read, also on a socket that passes credentials (SO_PASSCRED)."},
    {NULL, NULL, 0, 0, NULL},
};
