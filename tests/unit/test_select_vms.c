/* select() calls parked in fibers belong to their VM (the socket module's
 * per-VM state), not to the process: with two VMs in one process each
 * lists its own, closing a socket wakes the select of the VM that holds
 * it and leaves the other's parked, and a VM freed with a select still
 * parked takes it along while the other VM goes on. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "../../modules/socket/socket_obj.h"
#include "memory.h"
#include "vm.h"

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
  cr_assert_eq(vm_interpret(vm, vm->main_module, source, strlen(source), true), RUN_OK, "%s", source);
  vm_run_ready_fibers(vm);
}

static const char *outcome(VM *vm) {
  Value value = NIL_VAL;
  cr_assert(table_get(&vm->main_module->globals, copy_cstring(vm, "outcome"), &value));
  return AS_CSTRING(value);
}

static bool select_parked(VM *vm) {
  const SocketState *state = sb_module_state(vm, &socket_module);
  return state->select_waits != NULL;
}

Test(select_vms, each_vm_wakes_only_its_own_selects) {
  VM *first = new_vm(), *second = new_vm();
  enter(first, SELECTING);
  enter(second, SELECTING);
  cr_assert(select_parked(first) && select_parked(second));
  cr_assert_neq(sb_module_state(first, &socket_module), sb_module_state(second, &socket_module));

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

Test(select_vms, a_vm_freed_with_a_parked_select_leaves_the_other_working) {
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
