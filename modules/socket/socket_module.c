/* The socket module's definition: its exception classes, the Socket,
 * IPAddress and Address classes, functions and constants, assembled from
 * the tables of the other files; and the VM's side of the OS layer. */
#include "address_value.h"
#include "socket_constants.h"
#include "socket_obj.h"

extern const SbFunction socket_class_methods[], socket_io_methods[], socket_option_methods[],
    socket_stream_methods[], socket_deadline_methods[];
extern const SbFunction socket_functions[];
extern const SbProperty socket_properties[];

/* The VM's side of the OS layer (sockos.h): a wait parks the fiber when
 * another could run. */
int sock_wait(VM *vm, int fd, short events, int64_t deadline) {
  return sb_wait(vm, fd, events, deadline);
}

/* In the REPL nothing waits inside the kernel: a Ctrl-C just before such
 * a wait would be missed. */
bool sock_can_block(VM *vm) { return !scheduler_can_park(vm) && !vm_interrupt_catching(); }

void sock_fd_closed(VM *vm, int fd) { sb_fd_closed(vm, fd); }

void sock_fd_drained(VM *vm, int fd) { sb_fd_drained(vm, fd); }

bool sock_fd_known_empty(VM *vm, int fd) { return sb_fd_known_empty(vm, fd); }

static bool socket_module_init(VM *vm, ObjModule *module) {
  (void)module;
  socket_state(vm)->vm = vm;
  return true;
}

/* An exception class: its constructor is inherited from Exception, so
 * the entry has a doc (for the reference) and no function. */
#define EXCEPTION(name, parent, doc)                                          \
  {name, doc, parent, {0, NULL, false, NULL},                                       \
   {name, NULL, 0, 1, name "(message: string = '')\nA new exception with that message."}, \
   NULL, NULL}

const SbModule socket_module = {
    .name = "socket",
    .doc = "TCP, UDP and UNIX sockets over IPv4 and IPv6: connecting, serving, sending and "
           "receiving with timeouts, options at every level, name resolution, select() "
           "over any number of sockets, and passing sockets between processes. Every "
           "failure raises a SocketException subclass that names the method, the "
           "operation and the cause, with .errno, .operation and .address.\n"
           "\n"
           "### Timeouts and deadlines\n"
           "Each socket has a send_timeout and a receive_timeout for each operation, and "
           "may have one deadline (set_deadline(ms), time_left) that bounds every operation "
           "after it, connects and name resolution included. create_connection() takes "
           "{deadline} too, and a TLSSocket keeps its Socket's. A passed deadline raises "
           "TimeoutError saying so; the socket stays usable.\n"
           "\n"
           "### Connecting well\n"
           "Names are resolved on a helper thread, so timeouts and deadlines bound the "
           "resolution and other fibers keep running. create_connection() races the "
           "addresses as RFC 8305 (Happy Eyeballs) says: IPv6 and IPv4 alternating, a new "
           "attempt every attempt_delay (250 ms) while earlier ones keep going, the first "
           "to connect wins. When all fail, one ConnectError lists every attempt in "
           ".attempts: {address, family, errno, elapsed}. Internationalized names "
           "('bücher.example') are looked up by their A-labels (IDNA 2008 with UTS #46 "
           "mapping, through libidn2); a host name holding a NUL byte is refused "
           "(ValueError) rather than cut short.\n"
           "\n"
           "### Buffered reading\n"
           "read_line(), read_until() and read_exact() share one buffer per socket. A "
           "timeout raises with .partial holding what arrived, and the next call starts "
           "with those bytes; select() and fibers treat buffered bytes as readable. "
           "receive_into() fills a bytes buffer without making a string.\n"
           "\n"
           "### Sockets and fibers\n"
           "A socket's operations park only the fiber that calls them. One fiber at a time "
           "may wait to read a socket, and one to write it: a second fiber that tries while "
           "the first waits gets SocketException with errno EBUSY ('Device or resource "
           "busy') at once, rather than have bytes go to either or messages interleave. "
           "Closing a socket wakes the fibers waiting on it, in a receive, a send or "
           "select(), with an error saying it was closed.\n"
           "\n"
           "### Addresses\n"
           "Address is an endpoint as a value: 'ip:port', '[v6%scope]:port' or a UNIX "
           "path, equal to every Address of the same endpoint and usable as a dictionary "
           "key. peer_address(), local_address() and errors' .address give one.\n"
           "\n"
           "### UNIX sockets\n"
           "Paths, Linux abstract names ('@name'), peer_credentials() {pid, uid, gid}, "
           "bind(path, true) to reclaim a stale socket file, and an error naming the limit, "
           "the length and the path when a path is too long.\n"
           "\n"
           "### Errors that explain\n"
           "Every error has .errno, .operation (the system call) and .address; a send that "
           "failed part-way has .bytes_sent; a rejected certificate says why (see the ssl "
           "module's TLSException).\n"
           "\n"
           "### Finding leaks\n"
           "open_sockets() lists the sockets still open with the script line that made "
           "each and its byte counts; with SABRE_WARN_UNCLOSED set, a socket the collector "
           "closes prints one warning line naming where it was made.\n"
           "\n"
           "### Sending files\n"
           "send_file(file, offset, count) sends a file or a range of it through "
           "sendfile(2) (a TLSSocket copies it in chunks), without the script holding its "
           "bytes.\n"
           "Example:\n"
           "import socket { Socket }\n"
           "var sock = Socket()\n"
           "sock.connect('127.0.0.1', port)   # port: where an echo server listens\n"
           "sock.send('hello')\n"
           "sock.receive()  # -> 'hello'\n"
           "sock.close()",
    .functions = socket_functions,
    .classes = (const SbClass[]){
        EXCEPTION("SocketException", "OSError",
                  "The general exception of sockets; catching it catches every socket failure. "
                  "Its fields: .errno, the system's error number; .operation, the system call "
                  "that failed ('connect', 'bind', 'accept', 'send', 'recv', 'sendto', "
                  "'recvfrom', 'setsockopt', 'getaddrinfo', ...) or, when the socket's state "
                  "refused the call (a closed socket), the method's name; .address, the "
                  "Address involved (the peer, else the socket's own address, else nil); and "
                  "for a send that failed part-way, .bytes_sent.\n"
                  "Example:\ncatch { Socket().connect('127.0.0.1', 1) } as e\n"
                  "e.operation  # -> 'connect'\n"
                  "e.address == Address('127.0.0.1', 1)  # -> true"),
        EXCEPTION("ConnectionRefused", "SocketException",
                  "Nothing listens at the address connected to (ECONNREFUSED)."),
        EXCEPTION("ConnectionReset", "SocketException",
                  "The peer reset or closed the connection while it was used (ECONNRESET, EPIPE)."),
        EXCEPTION("TimeoutError", "SocketException",
                  "An operation's time ran out (ETIMEDOUT); the socket stays open and usable "
                  "and no data is lost."),
        EXCEPTION("AddressInUse", "SocketException",
                  "Another socket holds the address to bind (EADDRINUSE)."),
        EXCEPTION("ConnectError", "SocketException",
                  "create_connection() found no address that connects. The message names "
                  "every attempt; .attempts lists them as {address ('host:port' or "
                  "'[v6]:port'), family, errno, elapsed (milliseconds)}, and .errno is the "
                  "last one's."),
        EXCEPTION("ResolveError", "SocketException",
                  "A host name that does not resolve; .code holds the resolver's EAI_ code."),
        {"Socket",
         "A TCP, UDP or UNIX socket, client or server. Its state properties stay true after "
         "every operation, and it is closed when closed explicitly or when the collector "
         "frees it.",
         NULL, {sizeof(SocketObj), socket_finalize, false, socket_trace}, {"Socket", socket_new, 0, 3, socket_new_doc},
         (const SbFunction *const[]){socket_class_methods, socket_io_methods,
                                     socket_stream_methods, socket_option_methods,
                                     socket_deadline_methods, NULL},
         socket_properties},
        IPADDRESS_CLASS,
        ADDRESS_CLASS,
        {NULL, NULL, NULL, {0, NULL, false, NULL}, {NULL, NULL, 0, 0, NULL}, NULL, NULL},
    },
    .constants = socket_constants,
    .init = socket_module_init,
    .state_size = sizeof(SocketState),
};
