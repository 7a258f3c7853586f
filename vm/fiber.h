/* Fiber: all execution state of one thread of Sabre code (value stack, call
 * frames, open upvalues, exception handlers), so the VM can switch among
 * many. The value stack and the frames live in one reserved address range
 * whose pages the kernel commits on first touch: frames grow down and
 * values grow up from a boundary in the middle of a page, so an idle fiber
 * costs that one page; both grow without moving, so pointers into them
 * stay valid. */
#ifndef SABRE_VM_FIBER_H
#define SABRE_VM_FIBER_H

#include "object.h"

#define FIBER_STACK_VALUES (1 << 20)
#define FIBER_MAX_FRAMES 20000

typedef struct {
  ObjClosure *closure;
  uint8_t *ip;
  Value *slots;
} CallFrame;

/* An installed try: where to resume, and the frame and stack depth to cut
 * back to. A finally handler receives [kind, payload] on the stack. */
typedef struct {
  uint8_t *ip;
  int frame_count;
  int stack_depth;
  bool is_finally;
} Handler;

typedef enum { FIBER_READY, FIBER_RUNNING, FIBER_PARKED, FIBER_DONE } FiberState;
/* Why a parked fiber was woken; the call it re-runs reads this once. */
typedef enum { WAKE_NONE, WAKE_READY, WAKE_TIMEOUT, WAKE_CANCELLED, WAKE_RESUMED, WAKE_INTERRUPTED } WakeReason;

typedef struct ObjFiber {
  Obj obj;
  void *reservation; /* the mmap'd range holding frames and values */
  Value *stack;
  Value *stack_top;
  Value *stack_limit;
  CallFrame *frames; /* the boundary: frame i is frames[-i - 1] */
  int frame_count;
  ObjUpvalue *open_upvalues;
  Handler *handlers;
  int handler_count;
  int handler_capacity;

  /* Scheduling (scheduler.c). */
  uint8_t state;
  uint8_t wake_reason;
  bool is_main;
  bool suspended;    /* parked in suspend(), where resume() may wake it */
  int wait_fd;       /* descriptor parked on, or -1 */
  short wait_events; /* POLLIN and/or POLLOUT, for wait_fd */
  int64_t deadline;  /* when a parked fiber times out; INT64_MAX: never */
  int heap_index;    /* position in the timer heap, or -1 */
  struct ObjFiber *next_ready;
  Value result;      /* the return value, or the exception when failed */
  bool failed;
  ObjList *joiners;  /* fibers waiting in join(), or NULL */
  int live_index;    /* position in the scheduler's list of live fibers */
  unsigned park_sweep; /* the scheduler's idle sweep count when it parked */
  /* A long-parked fiber's frames and values while its stack pages are
   * given back to the system (fiber_stow), or NULL. */
  char *stowed;
  /* What a parked native keeps for its re-run (sb_keep_native_state):
   * C data the fiber owns until the call takes it back, and its release. */
  void *native_state;
  void (*native_state_release)(void *state);
} ObjFiber;

static inline CallFrame *fiber_frame(ObjFiber *fiber, int i) { return fiber->frames - i - 1; }

/* Kinds of pending action carried into a finally block. */
enum { FINALLY_NORMAL, FINALLY_RAISE, FINALLY_RETURN, FINALLY_JUMP };

/* NULL when the address space cannot be reserved. */
ObjFiber *fiber_new(VM *vm);
/* Gives back the stacks of a fiber that has ended (its result stays), so
 * the next fiber reuses them at once rather than when the collector frees
 * this one. */
void fiber_end(ObjFiber *fiber);
void fiber_release(VM *vm, ObjFiber *fiber);
/* Copies a parked fiber's few frames and values aside and gives its stack
 * pages back, so an idle connection costs bytes, not a page; false (and
 * nothing done) when it has open upvalues, which other fibers may read,
 * or uses more than a fraction of a page. fiber_unstow puts them back
 * before it runs again. */
bool fiber_stow(ObjFiber *fiber);
void fiber_unstow(ObjFiber *fiber);
void fiber_mark(VM *vm, ObjFiber *fiber);
/* Releases the native state the fiber holds, if any. */
void fiber_drop_native_state(ObjFiber *fiber);

#endif
