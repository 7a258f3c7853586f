/* Interrupts (Ctrl-C in the REPL): a timer's signal requests one while a
 * script runs, and the script sees a KeyboardInterrupt wherever it is
 * (caught here by clauses that name it: catch-alls let it through):
 * in a loop, in recursion, in a blocked socket call (with one fiber, the kernel waits;
 * with several, the fiber is parked), in sleep(), in join() while another
 * fiber runs or waits. A signal that requests nothing leaves a blocked call
 * waiting as before (EINTR is retried). Each script asserts what it
 * caught; every wait is bounded by its own timeout. Blocked calls: accept,
 * receive, send, connect (to a UNIX listener whose queue is full),
 * select, sleep, join. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <sys/time.h>
#include <unistd.h>

#include "interrupt.h"
#include "test_support.h"

TestSuite(interrupt, .init = test_vm_setup, .fini = test_vm_teardown);

static void on_alarm_interrupt(int signal) {
  (void)signal;
  vm_interrupt_request();
}

static void on_alarm_nothing(int signal) { (void)signal; }

/* SIGALRM after ms milliseconds, handled without SA_RESTART. */
static void alarm_after(int ms, void (*handler)(int)) {
  struct sigaction action = {0};
  action.sa_handler = handler;
  sigemptyset(&action.sa_mask);
  cr_assert_eq(sigaction(SIGALRM, &action, NULL), 0);
  struct itimerval timer = {{0, 0}, {ms / 1000, (ms % 1000) * 1000}};
  cr_assert_eq(setitimer(ITIMER_REAL, &timer, NULL), 0);
}

/* Runs source with an interrupt requested after 200 ms; the source
 * asserts what it caught. */
static void expect_ok_when_interrupted(const char *source) {
  alarm_after(200, on_alarm_interrupt);
  cr_assert_eq(test_run(source), RUN_OK, "script failed:\n%s", source);
  cr_assert_eq(vm_interrupt_requested, 0, "the request was left over");
}

Test(interrupt, stops_a_loop) {
  expect_ok_when_interrupted("var e\n"
                             "try { while true {} } catch KeyboardInterrupt k { e = k }\n"
                             "assert e.type == 'KeyboardInterrupt', e\n"
                             "assert e.message == 'interrupted'\n");
}

/* Recursion that never loops, fib(40) here (hundreds of millions of calls,
 * minutes of work), stops too: every call looks at the request, the
 * inline one included. */
Test(interrupt, stops_recursion_without_loops) {
  expect_ok_when_interrupted("def fib(n) {\n"
                             "  if n < 2 return n\n"
                             "  return fib(n - 1) + fib(n - 2)\n"
                             "}\n"
                             "var e, started = microtime()\n"
                             "try { fib(40) } catch KeyboardInterrupt k { e = k }\n"
                             "assert e.type == 'KeyboardInterrupt', e\n"
                             "assert microtime() - started < 5e6, 'stopped only after 5 s'\n");
}

/* Catch-alls and `catch Exception` let an interrupt through (so Ctrl-C
 * gets out of a loop that catches every failure), finally blocks run on
 * the way, and only a clause naming KeyboardInterrupt catches it. */
Test(interrupt, passes_catch_alls_and_runs_finally) {
  expect_ok_when_interrupted("var seen = [], e\n"
                             "try {\n"
                             "  try {\n"
                             "    while true {\n"
                             "      catch { while true {} } as swallowed\n"
                             "      seen.append('catch as')\n"
                             "    }\n"
                             "  } catch Exception x {\n"
                             "    seen.append('Exception')\n"
                             "  } catch {\n"
                             "    seen.append('catch-all')\n"
                             "  } finally {\n"
                             "    seen.append('finally')\n"
                             "  }\n"
                             "} catch KeyboardInterrupt k {\n"
                             "  e = k\n"
                             "}\n"
                             "assert seen == ['finally'], seen\n"
                             "assert e.type == 'KeyboardInterrupt', e\n"
                             "assert instance_of(e, Exception)\n");
}

Test(interrupt, stops_a_blocked_accept) {
  expect_ok_when_interrupted("import socket { Socket }\n"
                             "var s = Socket()\n"
                             "s.bind(0, '127.0.0.1')\n"
                             "s.listen()\n"
                             "var e\n"
                             "try { s.accept() } catch KeyboardInterrupt k { e = k }\n"
                             "assert e.type == 'KeyboardInterrupt', e\n"
                             "s.close()\n");
}

Test(interrupt, stops_a_receive_with_a_timeout) {
  expect_ok_when_interrupted("import socket { socket_pair }\n"
                             "var pair = socket_pair()\n"
                             "pair[0].receive_timeout = 5000\n"
                             "var e\n"
                             "try { pair[0].receive(10) } catch KeyboardInterrupt k { e = k }\n"
                             "assert e.type == 'KeyboardInterrupt', e\n"
                             "pair[0].close()\n"
                             "pair[1].close()\n");
}

Test(interrupt, stops_sleep_with_and_without_other_fibers) {
  expect_ok_when_interrupted("var e\n"
                             "try { sleep(5000) } catch KeyboardInterrupt k { e = k }\n"
                             "assert e.type == 'KeyboardInterrupt', e\n");
  expect_ok_when_interrupted("var other = spawn(@{ suspend(5000) })\n"
                             "var e\n"
                             "try { sleep(5000) } catch KeyboardInterrupt k { e = k }\n"
                             "assert e.type == 'KeyboardInterrupt', e\n"
                             "resume(other)\n"
                             "other.join()\n");
}

Test(interrupt, reaches_the_main_fiber_waiting_in_join) {
  expect_ok_when_interrupted("var waiting = spawn(@{ suspend(5000) })\n"
                             "var e\n"
                             "try { waiting.join() } catch KeyboardInterrupt k { e = k }\n"
                             "assert e.type == 'KeyboardInterrupt', e\n"
                             "assert !waiting.is_done()\n"
                             "resume(waiting)\n"
                             "waiting.join()\n");
}

Test(interrupt, ends_the_running_fiber_and_its_joiner) {
  expect_ok_when_interrupted("var spinning = spawn(@{ while true {} })\n"
                             "var e\n"
                             "try { spinning.join() } catch KeyboardInterrupt k { e = k }\n"
                             "assert e.type == 'KeyboardInterrupt', e\n"
                             "assert spinning.is_done()\n");
}

Test(interrupt, stops_select) {
  expect_ok_when_interrupted("import socket { socket_pair, select }\n"
                             "var pair = socket_pair()\n"
                             "var e\n"
                             "try { select([pair[0]], [], [], 5000) } catch KeyboardInterrupt k { e = k }\n"
                             "assert e.type == 'KeyboardInterrupt', e\n"
                             "pair[0].close()\n"
                             "pair[1].close()\n");
}

Test(interrupt, a_signal_without_a_request_leaves_the_call_waiting) {
  alarm_after(100, on_alarm_nothing);
  cr_assert_eq(test_run("import socket { socket_pair }\n"
                        "var pair = socket_pair()\n"
                        "pair[0].receive_timeout = 400\n"
                        "var start = microtime()\n"
                        "var e\n"
                        "catch { pair[0].receive(10) } as e\n"
                        "assert e.type == 'TimeoutError', e\n"
                        "assert microtime() - start >= 390000, 'woke early'\n"),
               RUN_OK);
}

Test(interrupt, stops_a_blocked_send) {
  expect_ok_when_interrupted("import socket { socket_pair }\n"
                             "var pair = socket_pair()\n"
                             "pair[0].send_timeout = 5000\n"
                             "var e\n"
                             "try { pair[0].send('x' * 10000000) } catch KeyboardInterrupt k { e = k }\n"
                             "assert e.type == 'KeyboardInterrupt', e\n"
                             "pair[0].close()\n"
                             "pair[1].close()\n");
}

/* A UNIX listener with a full queue makes a connect wait. */
Test(interrupt, stops_a_blocked_connect) {
  char source[1024];
  snprintf(source, sizeof source,
           "import socket { Socket, AF_UNIX }\n"
           "var path = '/tmp/sabre-interrupt-%d.sock'\n"
           "var server = Socket(AF_UNIX)\n"
           "server.bind(path)\n"
           "server.listen(0)\n"
           "var first = Socket(AF_UNIX)\n"
           "first.connect(path)\n"
           "var second = Socket(AF_UNIX)\n"
           "var start = microtime()\n"
           "var e\n"
           "try { second.connect(path, nil, 5000) } catch KeyboardInterrupt k { e = k }\n"
           "assert e.type == 'KeyboardInterrupt', e\n"
           "assert microtime() - start < 4000000, 'the connect waited its whole timeout'\n"
           "server.close()\n",
           (int)getpid());
  expect_ok_when_interrupted(source);
  char path[64];
  snprintf(path, sizeof path, "/tmp/sabre-interrupt-%d.sock", (int)getpid());
  unlink(path);
}

Test(interrupt, a_signal_without_a_request_leaves_a_send_waiting) {
  alarm_after(100, on_alarm_nothing);
  cr_assert_eq(test_run("import socket { socket_pair }\n"
                        "var pair = socket_pair()\n"
                        "pair[0].send_timeout = 400\n"
                        "var start = microtime()\n"
                        "var e\n"
                        "catch { pair[0].send('x' * 10000000) } as e\n"
                        "assert e.type == 'TimeoutError', e\n"
                        "assert microtime() - start >= 390000, 'woke early'\n"),
               RUN_OK);
}
