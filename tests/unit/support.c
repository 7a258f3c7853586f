/* One VM per unit test, with its own collector state. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "test_support.h"

VM *test_vm;

void test_vm_setup(void) {
  static char *argv[] = {"test", NULL};
  test_vm = calloc(1, sizeof(VM));
  vm_init(test_vm, 1, argv);
}

RunResult test_run(const char *source) {
  VM *vm = test_vm;
  vm->main_module = new_module(vm, copy_cstring(vm, "main"), copy_cstring(vm, "main.b"));
  return vm_interpret(vm, vm->main_module, source, strlen(source), false);
}

Value test_global(VM *vm, const char *name) {
  Value value = NIL_VAL;
  cr_assert(table_get(&vm->main_module->globals, copy_cstring(vm, name), &value), "no global %s",
            name);
  return value;
}

Value test_run_global(const char *source, const char *name) {
  cr_assert_eq(test_run(source), RUN_OK, "%s", source);
  return test_global(test_vm, name);
}

void test_vm_teardown(void) {
  vm_free(test_vm);
  free(test_vm);
  test_vm = NULL;
}
