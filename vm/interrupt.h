/* Interrupting a running script: what Ctrl-C does in the REPL. A request
 * only sets a flag (a signal handler may make it). The VM serves it at
 * the next backward jump or function call; a wait that blocks a fiber or
 * the process returns EINTR instead of going on (and ordinary EINTRs are
 * retried, as before); the running script then gets a KeyboardInterrupt.
 * Scripts run without the handler: there Ctrl-C ends the process. */
#ifndef SABRE_VM_INTERRUPT_H
#define SABRE_VM_INTERRUPT_H

#include <signal.h>
#include <stdbool.h>
#include <stdint.h>

typedef struct VM VM;

/* Set by vm_interrupt_request, cleared when the interrupt is raised. */
extern volatile sig_atomic_t vm_interrupt_requested;

/* Async-signal-safe. */
void vm_interrupt_request(void);
/* Takes the request and raises KeyboardInterrupt; returns false. */
bool vm_raise_interrupt(VM *vm);
/* From now on SIGINT requests an interrupt (without SA_RESTART, so a
 * blocked system call returns EINTR). */
void vm_interrupt_on_sigint(void);
/* Around a wait that must not miss a SIGINT that comes after the last
 * look at vm_interrupt_requested: with the handler installed, blocks
 * SIGINT and writes the mask to wait with (ppoll, epoll_pwait) into
 * unblocked; false (nothing done) without the handler. */
bool vm_interrupt_wait_begin(sigset_t *unblocked);
void vm_interrupt_wait_end(const sigset_t *unblocked);
/* Whether the SIGINT handler is installed (the REPL). Then no call may
 * wait inside the kernel where a Ctrl-C could come just before it: waits
 * go through vm_interrupt_wait. */
bool vm_interrupt_catching(void);
/* Waits until fd (none when negative) has one of events or deadline
 * (milliseconds on scheduler_now()'s clock; INT64_MAX: never) passes: 0,
 * ETIMEDOUT, or EINTR when an interrupt is requested, however close
 * before the wait it comes (with the handler installed, SIGINT is blocked
 * from the look at the request until ppoll unblocks it with the wait);
 * an EINTR that requests nothing goes on waiting. */
int vm_interrupt_wait(int fd, short events, int64_t deadline);

#endif
