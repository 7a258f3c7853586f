/* The scheduler: the fibers other than the running one, and waiting for
 * them. Ready fibers wait in a run queue; parked fibers wait for a
 * descriptor (epoll: registered once, edge-triggered) and/or a deadline
 * (a min-heap of timers).
 * A native that would block calls scheduler_wait: with one fiber, or
 * inside a callback from C, it blocks in poll(2) as before; otherwise it
 * parks the fiber and the VM runs another, re-running the same call when
 * the fiber wakes. */
#ifndef SABRE_VM_SCHEDULER_H
#define SABRE_VM_SCHEDULER_H

#include "vm.h"

/* The result of sb_wait when the fiber was parked: the native must return
 * false at once, and will be called again when the fiber wakes. */
#define SB_PARKED (-1000)

/* What the scheduler keeps of one descriptor: the fiber parked to read
 * it and the one parked to write to it, and FD_* flags (scheduler.c). */
typedef struct FdState {
  ObjFiber *reader;
  ObjFiber *writer;
  uint8_t flags;
} FdState;

typedef struct Scheduler {
  int epoll_fd;           /* -1 until a fiber first parks on a descriptor */
  ObjFiber *ready_head;   /* run queue */
  ObjFiber *ready_tail;
  ObjFiber **timers;      /* min-heap by deadline */
  int timer_count;
  int timer_capacity;
  struct FdState *fds;    /* by descriptor number */
  int fd_capacity;
  int watched_count;      /* fibers parked on a descriptor */
  ObjList *live;          /* every spawned fiber not yet done */
  int parked_count;
  int switches_since_poll; /* fibers run since epoll and the timers were last looked at */
  /* Idle sweeps (stow_idle): how many so far, when the last ran, and
   * whether fibers parked since, which a later sweep may stow. */
  unsigned sweeps;
  int64_t last_sweep;
  int parks_since_sweep;
  bool sweep_again;
} Scheduler;

void scheduler_init(VM *vm);
void scheduler_free(VM *vm);
void scheduler_mark(VM *vm);

/* Whether the running fiber may park now: other fibers exist and no C
 * callback is on the stack. */
bool scheduler_can_park(VM *vm);
/* Waits until fd is ready for events (fd -1: only the deadline, which is
 * INT64_MAX for never; INT64_MIN for no waiting at all). Returns 0 when
 * ready, ETIMEDOUT, EAGAIN (no waiting allowed), EBADF when the
 * descriptor was closed by another fiber, or SB_PARKED. */
int sb_wait(VM *vm, int fd, short events, int64_t deadline);
/* A native whose work spans several waits (resolving, then connecting
 * to several addresses) keeps its progress across re-runs in C data:
 * when sb_wait returned SB_PARKED it hands the data to the fiber with
 * sb_keep_native_state, and the re-run takes it back (NULL on a first
 * run). The fiber releases data no call took back (the call ended
 * without parking, or the fiber was freed); release must not allocate or
 * call into the VM, as for a finalizer. Taking the state back also
 * forgets why the fiber woke: such a native keeps absolute deadlines and
 * checks readiness itself, so each of its waits parks afresh. */
void sb_keep_native_state(VM *vm, void *state, void (*release)(void *state));
void *sb_take_native_state(VM *vm);
/* Between REPL entries: parks the idle main fiber on fd (-1: none) until
 * deadline while the others run; the run ends at its turn. False when fd
 * cannot be watched. */
bool scheduler_park_idle_main(VM *vm, int fd, int64_t deadline);
/* Ends that park early: the run of the others ends at the main fiber's
 * turn (the REPL draws its prompt again after a fiber printed). */
void scheduler_wake_idle_main(VM *vm);
/* The scheduler's clock, in milliseconds. */
int64_t scheduler_now(void);
/* Wakes the fiber parked on fd, which then finds its socket closed. */
void sb_fd_closing(VM *vm, int fd);
/* fd is being closed: its registration goes with it. Allocates nothing
 * and wakes nobody (a finalizer may call it). */
void sb_fd_closed(VM *vm, int fd);

/* A read of TCP descriptor fd found its receive queue empty (it got less
 * than it asked for, or EAGAIN). Until epoll reports fd readable
 * again, a read there would find nothing, so sb_fd_known_empty lets a
 * fiber park without trying: one failing recv less per exchange. */
void sb_fd_drained(VM *vm, int fd);
/* Whether the running fiber may park and fd is known to hold nothing to
 * read (see sb_fd_drained). */
bool sb_fd_known_empty(VM *vm, int fd);

/* Starts callee(args) on the stack of a new fiber and queues it. */
bool scheduler_spawn(VM *vm, int argc, Value *args, ObjFiber **out);
/* Parks the running fiber until join()'s target ends. */
bool scheduler_join(VM *vm, ObjFiber *target);
/* Wakes a fiber parked in suspend(); false when it is not suspended (it
 * runs, or waits in sleep(), join() or on a descriptor). */
bool scheduler_resume(VM *vm, ObjFiber *fiber);
/* Puts the running fiber at the back of the run queue. */
bool scheduler_yield(VM *vm);
/* Records a fiber's end and wakes the fibers that joined it. */
void scheduler_finish(VM *vm, ObjFiber *fiber, Value result, bool failed);
/* The script's main code has ended: join() on the main fiber returns nil. */
void scheduler_finish_main(VM *vm);
/* The next fiber to run, waiting for descriptors and timers as long as
 * needed; NULL when no fiber is left. */
ObjFiber *scheduler_next(VM *vm);

#endif
