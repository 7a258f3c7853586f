/* Interrupt requests (see interrupt.h). */
#define _GNU_SOURCE /* ppoll */
#include <errno.h>
#include <poll.h>
#include <pthread.h>

#include "error.h"
#include "interrupt.h"
#include "scheduler.h"

volatile sig_atomic_t vm_interrupt_requested;
static bool catching; /* the SIGINT handler is installed */

void vm_interrupt_request(void) { vm_interrupt_requested = 1; }

bool vm_raise_interrupt(VM *vm) {
  vm_interrupt_requested = 0;
  return vm_raise(vm, EXC_INTERRUPT, "interrupted");
}

static void on_sigint(int signal) {
  (void)signal;
  vm_interrupt_request();
}

void vm_interrupt_on_sigint(void) {
  struct sigaction action = {0};
  action.sa_handler = on_sigint;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, NULL);
  catching = true;
}

/* The calling thread's mask only: the resolver's threads block every
 * signal, so SIGINT comes to this one. */
bool vm_interrupt_wait_begin(sigset_t *unblocked) {
  if (!catching) return false;
  sigset_t sigint;
  sigemptyset(&sigint);
  sigaddset(&sigint, SIGINT);
  pthread_sigmask(SIG_BLOCK, &sigint, unblocked);
  return true;
}

void vm_interrupt_wait_end(const sigset_t *unblocked) { pthread_sigmask(SIG_SETMASK, unblocked, NULL); }

bool vm_interrupt_catching(void) { return catching; }

/* One poll(2) that a requested interrupt ends with -1 and EINTR, also one
 * requested between the look at the flag and the wait (see the header). */
static int poll_once(struct pollfd *fds, nfds_t count, int timeout_ms) {
  sigset_t unblocked;
  bool masked = vm_interrupt_wait_begin(&unblocked);
  int n;
  if (vm_interrupt_requested) {
    n = -1;
    errno = EINTR;
  } else if (masked) {
    struct timespec timeout = {timeout_ms / 1000, timeout_ms % 1000 * 1000000L};
    n = ppoll(fds, count, timeout_ms < 0 ? NULL : &timeout, &unblocked);
  } else {
    n = poll(fds, count, timeout_ms);
  }
  if (masked) {
    int saved = errno;
    vm_interrupt_wait_end(&unblocked);
    errno = saved;
  }
  return n;
}

int vm_interrupt_wait(int fd, short events, int64_t deadline) {
  for (;;) {
    int timeout = -1;
    if (deadline != INT64_MAX) {
      int64_t left = deadline - scheduler_now();
      if (left <= 0) return ETIMEDOUT;
      timeout = left > INT32_MAX ? INT32_MAX : (int)left;
    }
    struct pollfd p = {fd, events, 0};
    int n = poll_once(&p, fd >= 0 ? 1 : 0, timeout);
    if (n > 0) return 0; /* ready, or an error the next call will report */
    if (n < 0 && (errno != EINTR || vm_interrupt_requested)) return errno;
  }
}
