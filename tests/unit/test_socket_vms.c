/* The socket module keeps what it knows per VM, not per process: with two
 * VMs in one process, used in turn, each one's socket waits park and wake
 * its own fibers on its own scheduler, a socket the collector closes is
 * forgotten by its own VM's scheduler, open_sockets() and from_id() know
 * the VM's own sockets only, and select() calls parked in
 * fibers belong to their VM (closing a socket wakes the select of the VM
 * that holds it and leaves the other's parked; a VM freed with a select
 * still parked takes it along while the other VM goes on). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../modules/socket/socket_obj.h"
#include "memory.h"
#include "test_support.h"
#include "vm.h"

/* A TCP connection over 127.0.0.1 (client to conn), and receive(sock),
 * for a fiber: receives on sock for up to 10 s and records in `outcome`
 * what came, or the error. */
static const char *const CONNECTED =
    "import socket\n"
    "var server = socket.Socket()\n"
    "var listening = server.bind(0, '127.0.0.1') and server.listen()\n"
    "var client = socket.Socket()\n"
    "var connected = client.connect('127.0.0.1', server.local_address().port)\n"
    "var conn = server.accept()\n"
    "var outcome = 'waiting'\n"
    "def receive(sock) {\n"
    "  sock.receive_timeout = 10000\n"
    "  var got\n"
    "  catch { got = sock.receive() } as e\n"
    "  outcome = e ? e.message : got\n"
    "}\n";
static const char *const RECEIVING = "var receiving = spawn(receive, conn)";

/* A fiber selects on one end of a socket pair for up to 10 s and records
 * how that ended in `outcome`. */
static const char *const SELECTING =
    "import socket\n"
    "var pair = socket.socket_pair()\n"
    "var outcome = 'waiting'\n"
    "var selecting = spawn(@{\n"
    "  catch { socket.select([pair[0]], nil, nil, 10000) } as e\n"
    "  outcome = e ? e.message : 'ready'\n"
    "})\n";

static VM *new_vm(void) {
  static char *argv[] = {"test", NULL};
  VM *vm = calloc(1, sizeof(VM));
  vm_init(vm, 1, argv);
  vm->main_module = new_module(vm, copy_cstring(vm, "main"), copy_cstring(vm, "main.b"));
  return vm;
}

static void free_vm(VM *vm) {
  vm_free(vm);
  free(vm);
}

/* Runs source as a REPL entry (whose expression statements echo: the
 * entries here assign instead), then the fibers until they wait. */
static void enter(VM *vm, const char *source) {
  cr_assert_eq(vm_interpret(vm, vm->main_module, source, strlen(source), true), RUN_OK, "%s",
               source);
  vm_run_ready_fibers(vm);
}

static const char *outcome(VM *vm) { return AS_CSTRING(test_global(vm, "outcome")); }

static bool select_parked(VM *vm) { return socket_state(vm)->select_waits != NULL; }

/* Whether the fiber `receiving` is parked to read conn in vm's scheduler. */
static bool receiving_parked(VM *vm) {
  int fd = ((SocketObj *)sb_payload(test_global(vm, "conn")))->fd;
  const Scheduler *s = vm->scheduler;
  return fd < s->fd_capacity &&
         s->fds[fd].reader == (ObjFiber *)AS_OBJ(test_global(vm, "receiving"));
}

Test(socket_vms, each_vm_parks_and_wakes_its_own_receiving_fiber, .timeout = 30) {
  VM *first = new_vm(), *second = new_vm();
  enter(first, CONNECTED);
  enter(second, CONNECTED); /* the second VM imports socket last */
  enter(first, RECEIVING);
  enter(second, RECEIVING);
  cr_assert(receiving_parked(first) && receiving_parked(second), "each on its own scheduler");

  enter(first, "var sent = client.send('to the first')");
  cr_assert_str_eq(outcome(first), "to the first");
  cr_assert_str_eq(outcome(second), "waiting");
  cr_assert(receiving_parked(second), "the second VM's fiber still waits");

  enter(second, "var sent = client.send('to the second')");
  cr_assert_str_eq(outcome(second), "to the second");
  const char *closing = "var closed = client.close() and conn.close() and server.close()";
  enter(first, closing);
  enter(second, closing);
  free_vm(first);
  free_vm(second);
}

Test(socket_vms, a_socket_the_collector_closes_is_forgotten_by_its_own_vm, .timeout = 30) {
  VM *first = new_vm(), *second = new_vm();
  enter(first, CONNECTED);
  enter(first, RECEIVING); /* the fiber's wait registers conn's descriptor */
  enter(second, "import socket"); /* the second VM imports socket last */
  enter(first, "var sent = client.send('x')\nvar id = conn.id\nconn = nil");
  cr_assert_str_eq(outcome(first), "x");
  gc_collect(first); /* closes conn's descriptor, which its number's next socket reuses */
  enter(first, "var pair = socket.socket_pair()\n"
               "var reused = pair[0].id == id\n"
               "var outcome = 'waiting'\n"
               "var receiving = spawn(receive, pair[0])");
  cr_assert(AS_BOOL(test_global(first, "reused")), "the pair reuses the collected descriptor");
  enter(first, "var sent = pair[1].send('y')");
  cr_assert_str_eq(outcome(first), "y", "the wait on the reused number is registered anew");
  enter(first, "var closed = client.close() and server.close() and pair[0].close() and "
               "pair[1].close()");
  free_vm(first);
  free_vm(second);
}

static double number(VM *vm, const char *name) { return AS_NUMBER(test_global(vm, name)); }

Test(socket_vms, each_vm_lists_only_its_own_open_sockets) {
  VM *first = new_vm(), *second = new_vm();
  enter(first, "import socket\nvar pair = socket.socket_pair()");
  enter(second, "import socket\nvar one = socket.Socket()");
  const char *counting = "var count = socket.open_sockets().length()";
  enter(first, counting);
  enter(second, counting);
  cr_assert_eq(number(first, "count"), 2);
  cr_assert_eq(number(second, "count"), 1);

  enter(second, "catch { socket.from_id(one.id) } as e\nvar refused = e.message");
  char expected[128];
  snprintf(expected, sizeof expected, "socket.from_id(): descriptor %d already belongs to the "
           "Socket created at main.b:2", ((SocketObj *)sb_payload(test_global(second, "one")))->fd);
  cr_assert_str_eq(AS_CSTRING(test_global(second, "refused")), expected);

  enter(first, "var closed = pair[0].close()\npair = nil");
  gc_collect(first); /* the collector closes the other end */
  enter(first, counting);
  enter(second, counting);
  cr_assert_eq(number(first, "count"), 0);
  cr_assert_eq(number(second, "count"), 1, "the second VM's list keeps its socket");
  free_vm(first);
  enter(second, counting);
  cr_assert_eq(number(second, "count"), 1);
  enter(second, "var closed = one.close()");
  free_vm(second);
}

Test(socket_vms, each_vm_wakes_only_its_own_selects) {
  VM *first = new_vm(), *second = new_vm();
  enter(first, SELECTING);
  enter(second, SELECTING);
  cr_assert(select_parked(first) && select_parked(second));
  cr_assert_neq(socket_state(first), socket_state(second));

  enter(second, "var closed = pair[0].close()");
  cr_assert_str_eq(outcome(second), "socket.select(): a closed socket is in the list");
  cr_assert(!select_parked(second), "the second VM's select is over");
  cr_assert_str_eq(outcome(first), "waiting");
  cr_assert(select_parked(first), "the first VM's select still waits");

  enter(first, "var closed = pair[0].close()");
  cr_assert_str_eq(outcome(first), "socket.select(): a closed socket is in the list");
  cr_assert(!select_parked(first));
  enter(first, "var closed_too = pair[1].close()");
  enter(second, "var closed_too = pair[1].close()");
  free_vm(first);
  free_vm(second);
}

Test(socket_vms, a_vm_freed_with_a_parked_select_leaves_the_other_working) {
  VM *first = new_vm(), *second = new_vm();
  enter(first, SELECTING);
  enter(second, SELECTING);
  free_vm(first); /* its fiber, and the select's state with it, go first */
  enter(second, "var sent = pair[1].send('x')");
  cr_assert_str_eq(outcome(second), "ready");
  cr_assert(!select_parked(second));
  enter(second, "var closed = pair[0].close() and pair[1].close()");
  free_vm(second);
}
