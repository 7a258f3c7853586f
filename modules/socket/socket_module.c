/* The socket module's definition: its exception classes, the Socket and
 * IPAddress and Address classes, functions and constants, assembled from the tables
 * of the other files. */
#include "address_value.h"
#include "socket_constants.h"
#include "socket_obj.h"

extern const SbFunction socket_class_methods[], socket_io_methods[], socket_option_methods[],
    socket_stream_methods[], socket_deadline_methods[];
extern const SbFunction socket_functions[];
extern const SbProperty socket_properties[];

/* An exception class: its constructor is inherited from Exception, so
 * the entry has a doc (for the reference) and no function. */
/* Socket waits go through the VM: a fiber parks instead of blocking. */
static int wait_in_vm(void *vm, int fd, short events, int64_t deadline) {
  return sb_wait(vm, fd, events, deadline);
}

static bool vm_can_block(void *vm) { return !scheduler_can_park(vm); }

static bool socket_module_init(VM *vm, ObjModule *module) {
  (void)module;
  sock_set_waiter(wait_in_vm, vm_can_block, vm);
  return true;
}

#define EXCEPTION(name, parent, doc)                                          \
  {name, doc, parent, {0, NULL, false},                                              \
   {name, NULL, 0, 1, name "(message: string = '')\nA new exception with that message."}, \
   NULL, NULL}

const SbModule socket_module = {
    .name = "socket",
    .doc = "TCP, UDP and UNIX sockets over IPv4 and IPv6: connecting, serving, sending and "
           "receiving with timeouts, options at every level, name resolution, select() "
           "over any number of sockets, and passing sockets between processes. Every "
           "failure raises a SocketException subclass that names the method, the "
           "operation and the cause, with .errno, .operation and .address.\n"
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
         NULL, {sizeof(SocketObj), socket_finalize, false}, {"Socket", socket_new, 0, 3, socket_new_doc},
         (const SbFunction *const[]){socket_class_methods, socket_io_methods,
                                     socket_stream_methods, socket_option_methods,
                                     socket_deadline_methods, NULL},
         socket_properties},
        IPADDRESS_CLASS,
        ADDRESS_CLASS,
        {NULL, NULL, NULL, {0, NULL, false}, {NULL, NULL, 0, 0, NULL}, NULL, NULL},
    },
    .constants = socket_constants,
    .init = socket_module_init,
};
