/* Fibers across runs of scripts on one VM. */
#include <criterion/criterion.h>
#include <criterion/redirect.h>

#include "test_support.h"

static void setup(void) {
  test_vm_setup();
  cr_redirect_stdout();
}

TestSuite(fibers, .init = setup, .fini = test_vm_teardown);

/* The end of a script marks its main fiber done, for join(); the next
 * script run on the VM starts it again. */
Test(fibers, main_fiber_runs_again_in_a_second_script) {
  cr_assert_eq(test_run("echo current_fiber().is_done()\n"), RUN_OK);
  cr_assert_eq(test_run("echo current_fiber().is_done()\n"), RUN_OK);
  fflush(stdout);
  cr_assert_stdout_eq_str("false\nfalse\n");
}
