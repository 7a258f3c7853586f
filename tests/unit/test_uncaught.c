/* What an exception that nobody catches prints: a spawned fiber's once, also
 * when join() raises it again in a fiber that does not catch it either. */
#include <criterion/criterion.h>
#include <criterion/redirect.h>

#include "test_support.h"

static void setup(void) {
  test_vm_setup();
  cr_redirect_stderr();
}

TestSuite(uncaught, .init = setup, .fini = test_vm_teardown);

static const char *const FIBER_TRACE =
    "main.b:1: Unhandled ValueError: in the fiber\n"
    "Stack trace:\n"
    "  at main.b:1 in boom()\n";

Test(uncaught, joined_and_not_caught_prints_once) {
  cr_assert_eq(test_run("def boom() { raise ValueError('in the fiber') }\n"
                        "spawn(boom).join()\n"),
               RUN_RUNTIME_ERROR);
  fflush(stderr);
  cr_assert_stderr_eq_str(FIBER_TRACE);
}

Test(uncaught, joined_after_the_end_and_not_caught_prints_once) {
  cr_assert_eq(test_run("def boom() { raise ValueError('in the fiber') }\n"
                        "var f = spawn(boom)\n"
                        "sleep(5)\n"
                        "f.join()\n"),
               RUN_RUNTIME_ERROR);
  fflush(stderr);
  cr_assert_stderr_eq_str(FIBER_TRACE);
}

Test(uncaught, caught_by_the_joiner_prints_the_fiber_s_report) {
  cr_assert_eq(test_run("def boom() { raise ValueError('in the fiber') }\n"
                        "catch { spawn(boom).join() } as e\n"),
               RUN_OK);
  fflush(stderr);
  cr_assert_stderr_eq_str(FIBER_TRACE);
}

Test(uncaught, each_raise_in_the_main_code_prints) {
  cr_assert_eq(test_run("var e = ValueError('again')\n"
                        "catch { raise e } as first\n"
                        "raise e\n"),
               RUN_RUNTIME_ERROR);
  fflush(stderr);
  cr_assert_stderr_eq_str("main.b:2: Unhandled ValueError: again\n"
                          "Stack trace:\n"
                          "  at main.b:2 in <script>\n");
}

/* A script that cannot be read says why, with the system's words. */
Test(uncaught, a_directory_as_the_script_says_so) {
  cr_assert_eq(vm_run_file(test_vm, "/tmp"), RUN_COMPILE_ERROR);
  fflush(stderr);
  cr_assert_stderr_eq_str("sabre: cannot open '/tmp': Is a directory\n");
}
