/* What the socket module's binding files share: the Socket payload, and
 * helpers to reach it, check its state, make new Socket objects, find the
 * module's classes and raise the module's exceptions. */
#ifndef SABRE_MODULES_SOCKET_SOCKET_OBJ_H
#define SABRE_MODULES_SOCKET_SOCKET_OBJ_H

#include <errno.h>

#include "address.h"
#include "open_record.h"
#include "peer_memo.h"
#include "pending.h"
#include "sabre.h"

/* A send that parked half-way (in a fiber): the message, the fiber that
 * sent it and how much went out, for the re-run that goes on from there.
 * Only that fiber's run takes it or clears it: another fiber's send in the
 * meantime (which gets EBUSY) must leave it, or the re-run would send the
 * message again from its start. */
typedef struct {
  const void *message;
  const void *fiber;
  size_t offset;
} SendProgress;

/* The bytes of message already sent by fiber's parked run of this call. */
static inline size_t send_progress_resume(const SendProgress *p, const void *message,
                                          const void *fiber) {
  return p->message == message && p->fiber == fiber ? p->offset : 0;
}

/* After fiber's run of a send of message: keeps offset when it parked,
 * else forgets the progress if it was this fiber's. */
static inline void send_progress_end(SendProgress *p, const void *message, const void *fiber,
                                     bool parked, size_t offset) {
  if (parked) *p = (SendProgress){message, fiber, offset};
  else if (p->fiber == fiber) *p = (SendProgress){NULL, NULL, 0};
}

/* What the socket module keeps per VM (SbModule.state_size): the VM
 * itself, for the closes that come with no VM at hand (a finalizer's, a
 * parked call's state that its fiber releases), its open sockets, and
 * the select() calls parked in its fibers, which closing a socket they
 * hold wakes. */
typedef struct SocketState {
  VM *vm;
  OpenRecord *open_sockets;
  struct SelectWait *select_waits;
} SocketState;
extern const SbModule socket_module;
/* vm's SocketState (the module is loaded wherever a socket exists). */
static inline SocketState *socket_state(VM *vm) { return sb_module_state(vm, &socket_module); }

/* A zeroed payload is a closed socket, so an object the collector frees
 * before its constructor ran never closes someone else's descriptor. */
typedef struct SocketObj {
  SocketState *state; /* its VM's (a finalizer has no VM at hand) */
  bool open;
  int fd;
  int family;
  int type;
  int protocol;
  bool is_bound;
  bool is_listening;
  bool is_connected;
  bool is_client;
  bool is_shutdown;
  bool is_blocking;
  /* Whether the descriptor is O_NONBLOCK, as accept or send_file last
   * set it (or found it: a socket received from another process). */
  bool fd_non_blocking;
  /* The script set SO_REUSEADDR itself, so bind() leaves it as set. */
  bool reuse_address_chosen;
  int shutdown_reason; /* the last `how` given to shutdown, or -1 */
  int64_t send_timeout;    /* milliseconds; 0 waits as long as it takes */
  int64_t receive_timeout;
  /* One limit over every operation, on sock_now_ms()'s clock; 0: none. */
  int64_t deadline;
  int port;
  char host[ADDRESS_TEXT_MAX]; /* may start with NUL: an abstract UNIX name */
  int host_length;
  SendProgress send; /* a send parked half-way */
  bool connecting; /* a connect parked while in progress */
  int64_t connect_deadline; /* a parked connect's deadline, for its re-run; 0: none */
  SockAddr connect_address; /* a parked connect's address, for its re-run's errors */
  OpenRecord record; /* in the list of open sockets while open */
  Pending pending; /* bytes read but not yet returned */
  PeerMemo *peers; /* datagram peers met last, made on first use */
  /* receive_from's host string and port for the sender met last (peers),
   * so that a repeat sender costs no formatting and no new string; the
   * string is marked by socket_trace. */
  ObjString *sender_text;
  int sender_port;
} SocketObj;

/* One recv on s (sock_recv), counting what it took unless it peeked. */
int socket_recv(VM *vm, SocketObj *s, char *buffer, size_t capacity, int flags,
                int64_t deadline, size_t *got);

/* Everything until the peer ends the stream (read(-1)); a timeout raises
 * with .partial and keeps the bytes. */
bool socket_read_to_end(VM *vm, SocketObj *s, Value *out);

/* What send_file(file, offset = 0, count = -1) sends (socket_file.c):
 * count bytes of the file open on fd from offset, the range clipped to
 * the file's size (nothing when offset is past its end). fd is the File's
 * own, or was opened from a path for this call (owned). */
typedef struct {
  int fd;
  bool owned;
  const char *path;
  int64_t offset;
  int64_t count;
} SendFileSource;
/* Reads the arguments at args[0..2] and opens the file; false after
 * raising (TypeError, ValueError, or OSError naming the file). */
bool socket_file_source(VM *vm, int argc, Value *args, SendFileSource *source);
/* Closes the descriptor when it was opened for the call. */
void socket_file_close(VM *vm, SendFileSource *source);
/* OSError "Class.method(): cannot send PATH: <why>" with .errno err. */
bool socket_file_raise(VM *vm, int err, const char *path);

/* Closes the descriptor and drops pending bytes; of the VM it only tells
 * the scheduler that the descriptor closed. socket_finalize is the same
 * for the collector, which also warns when SABRE_WARN_UNCLOSED is set. */
void socket_release(void *payload);
void socket_finalize(void *payload);
/* Marks the script values a socket keeps (ForeignInfo.trace). */
void socket_trace(VM *vm, void *payload);

static inline SocketObj *socket_self(Value *args) { return sb_payload(args[-1]); }
/* The Socket a value holds (known by its finalizer: no class lookup), or
 * NULL when it is something else. */
static inline SocketObj *socket_of(Value v) {
  return IS_FOREIGN(v) && AS_FOREIGN(v)->klass->foreign != NULL &&
                 AS_FOREIGN(v)->klass->foreign->finalize == socket_finalize
             ? sb_payload(v)
             : NULL;
}

/* What a Socket's or TLSSocket's @to_string gives: "<Kind where state>",
 * the endpoint quoted after "unix" for AF_UNIX, with all of its bytes. */
ObjString *socket_description(VM *vm, const char *kind, int family, const char *host,
                              int host_length, int port, const char *state);
/* The Socket constructor and its doc, for the module's class table. */
bool socket_new(VM *vm, int argc, Value *args);
extern const char socket_new_doc[];

/* False after raising SocketException when the socket is closed. */
bool socket_check_open(VM *vm, SocketObj *s);
/* What connect and create_connection wait when no timeout is given (ms). */
#define DEFAULT_CONNECT_TIMEOUT 300000

/* The deadline of the next send or receive: its timeout, or no waiting at
 * all for a non-blocking socket. */
int64_t socket_deadline(const SocketObj *s, bool sending);
/* ETIMEDOUT because a socket's own deadline (not its timeout) passed:
 * socket_raise makes it a TimeoutError saying so, with errno ETIMEDOUT. */
#define SOCKET_EDEADLINE 100000
/* The earlier of deadline and own, a socket's deadline (0: none). */
static inline int64_t socket_earlier(int64_t deadline, int64_t own) {
  return own != 0 && own < deadline ? own : deadline;
}
/* set_deadline()'s argument (milliseconds from now; nil or 0: none)
 * into *deadline; false after raising. */
bool socket_set_deadline_arg(VM *vm, Value *args, int64_t *deadline);
/* time_left: milliseconds until deadline (0 once passed), nil for none. */
Value socket_time_left(int64_t deadline);
/* err, or SOCKET_EDEADLINE when err is ETIMEDOUT and own has passed. */
static inline int socket_timeout_cause(int64_t own, int err) {
  return err == ETIMEDOUT && own != 0 && sock_now_ms() >= own ? SOCKET_EDEADLINE : err;
}
/* An optional length argument at args[0]: -1 or more, fallback when absent
 * or nil. */
bool socket_length_arg(VM *vm, int argc, Value *args, int64_t fallback, int64_t *length);
/* A class of the socket module by name ("Socket", "TimeoutError", ...). */
ObjClass *socket_class(VM *vm, const char *name);
/* A new Socket object of state's VM around an open descriptor, its state
 * set to fresh. */
ObjForeign *socket_wrap(VM *vm, SocketState *state, ObjClass *klass, int fd, int family, int type,
                        int protocol);
/* A Socket for fd, the open descriptor of a socket made elsewhere (sent by
 * another process, or inherited): family, type, protocol, mode and state
 * read from the system. NULL with *err (ENOTSOCK) when fd is no socket;
 * fd is then left as it was. */
ObjForeign *socket_adopt(VM *vm, SocketState *state, ObjClass *klass, int fd, int *err);
/* Creates a descriptor, collecting garbage and retrying once when the
 * process is out of descriptors (dropped sockets still hold some). */
int socket_open_fd(VM *vm, int family, int type, int protocol, int *fd);

/* Raises the exception class that fits err (ConnectionRefused,
 * ConnectionReset, TimeoutError, AddressInUse or SocketException) with
 * "Class.method(): <what>: <reason>" and the fields every socket error
 * has: .errno, .operation (the system call that failed, such as
 * "connect" or "recv"; the method's name when operation is NULL) and
 * .address (an Address, nil when address is NULL). SB_PARKED raises
 * nothing. Always false. */
bool socket_raise(VM *vm, int err, const char *operation, const SockAddr *address,
                  const char *format, ...) SB_PRINTF(5, 6);
/* Sets .operation (the method's own name when operation is NULL) and
 * .address (nil when address is NULL) on the exception just raised. */
void socket_error_context(VM *vm, const char *operation, const SockAddr *address);
/* The peer's address of a descriptor; else, for a connection whose peer
 * is gone (getpeername fails after a reset), the numeric peer_host and
 * port it was connected to (NULL: none); else its own address. False
 * when there is none of them. */
bool socket_endpoint(int fd, const char *peer_host, int port, int family, SockAddr *out);
/* socket_raise with the socket's peer address (else its local one). */
bool socket_raise_on(VM *vm, const SocketObj *s, int err, const char *operation,
                     const char *format, ...) SB_PRINTF(5, 6);
/* SocketException for a call the socket's state does not allow ("the
 * socket is closed"), with .errno err and .operation the method. */
bool socket_state_error(VM *vm, int err, const char *what);
/* ResolveError for a getaddrinfo code, with .code set. */
bool socket_raise_resolve(VM *vm, int code, const char *host);
/* An address error from address.c for operation: an errno (> 0) or a
 * resolver code. */
bool socket_raise_address(VM *vm, int rc, const char *operation, const char *host, int port);
/* ENAMETOOLONG for a UNIX path or abstract name (a leading NUL or '@') of
 * length bytes, naming the limit and showing the start of the name. */
bool socket_raise_path_too_long(VM *vm, const char *operation, const char *path, int length);
/* ValueError when an internet host name holds a NUL byte: the resolver
 * would end the name there ('localhost\0.evil.example'). */
bool socket_check_host_name(VM *vm, const char *host, int length);
/* check_string for an argument that is an internet host name, plus the above. */
bool socket_check_host_arg(VM *vm, Value *args, int index, const char *what);
/* SocketException unless value is a supported constant (not -1). */
bool socket_check_supported(VM *vm, int value, const char *what);

/* The host argument: a string, or nil for the socket's own host. */
bool socket_host_arg(VM *vm, Value *args, int index, const SocketObj *s, const char **host,
                     int *host_length);
void socket_set_host(SocketObj *s, const char *host, int length);
/* Collects garbage when err says the process is out of descriptors (dropped
 * sockets still hold some); true when the caller should try once more. */
bool socket_reclaim_descriptors(VM *vm, int err);
/* Resolves host/port (or a UNIX path) for this socket's family. */
bool socket_address(VM *vm, const SocketObj *s, const char *operation, const char *host,
                    int host_length, int port, SockAddr *out);
/* A class of objects select() takes as sockets, known by its finalizer:
 * Socket, and those other modules add (TLSSocket), each with its
 * descriptor (-1 once closed) and whether it holds bytes already read,
 * which make it readable whatever poll says. */
typedef struct {
  void (*finalize)(void *payload);
  int (*descriptor)(const void *payload);
  bool (*buffered)(const void *payload);
} SelectableKind;
void socket_add_selectable(const SelectableKind *kind);
/* Before a Socket or TLSSocket of state's VM gives up fd: wakes the
 * fibers waiting on it, in a call or in a select() that holds it, to find
 * it closed. */
void socket_fd_closing(SocketState *state, int fd);

/* The peer's (or the local) address of fd as an Address in *out;
 * false after raising when the system has none. */
bool socket_address_of(VM *vm, int fd, bool peer, Value *out);
/* Resolves host for operation ("connect", "sendto") by s, off the
 * interpreter's thread for a name (see resolver.h), within *deadline. In
 * a fiber the call parks and returns false without raising; its re-run
 * resumes the same resolution and sets *deadline to the one the first run
 * had. */
bool socket_resolve(VM *vm, const SocketObj *s, const char *operation, const char *host,
                    int host_length, int port, int64_t *deadline, SockAddr *out);
/* The part of socket_resolve for an internet host already known not to
 * be numeric: the resolver. */
bool socket_resolve_name(VM *vm, const SocketObj *s, const char *host, int port, int64_t *deadline,
                         SockAddr *out);
/* getaddrinfo(host, service, hints) on the resolver's thread, a fiber
 * parking meanwhile: 0 with *list (free with freeaddrinfo), an errno or
 * an EAI_ code (< 0) for the caller to raise, or SB_PARKED. */
int socket_getaddrinfo(VM *vm, const char *host, const char *service,
                       const struct addrinfo *hints, struct addrinfo **list);
/* The same for a port number, family and socket type. */
int socket_getaddrinfo_port(VM *vm, const char *host, int port, int family, int type,
                            struct addrinfo **list);
/* create_connection() (socket_connect.c). */
bool socket_fn_create_connection(VM *vm, int argc, Value *args);
extern const char socket_create_connection_doc[];
/* {address, port, family} for an address. */
ObjDict *socket_address_dict(VM *vm, const SockAddr *address);

#endif
