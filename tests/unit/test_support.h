/* Shared set-up for the C unit tests: one VM per test, created and
 * destroyed by Criterion fixtures. */
#ifndef SABRE_TESTS_UNIT_TEST_SUPPORT_H
#define SABRE_TESTS_UNIT_TEST_SUPPORT_H

#include "vm.h"

extern VM *test_vm;
void test_vm_setup(void);
void test_vm_teardown(void);
/* Runs source as a new main module ("main.b", test_vm->main_module). */
RunResult test_run(const char *source);
/* The value of the global name of vm's main module, which must have one. */
Value test_global(VM *vm, const char *name);
/* Runs source as test_run does, which must succeed, and returns the value
 * of its global name. */
Value test_run_global(const char *source, const char *name);

#endif
