/* The scheduler (see scheduler.h): run queue, timer heap, epoll, parking
 * and waking, spawn, join and yield. */
#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/select.h>
#include <sys/epoll.h>
#include <time.h>
#include <unistd.h>

#include "error.h"
#include "interrupt.h"
#include "memory.h"
#include "native.h"
#include "scheduler.h"
#include "vm_internal.h"

/* What the scheduler knows of a descriptor: whether it is registered with
 * its epoll instance, whether a read found it empty since epoll last
 * reported it readable, and whether epoll reported its end, an error or
 * urgent data, after which a short read may have stopped before what
 * remains (the end, the urgent mark) and no longer shows it empty. */
#define FD_IN_EPOLL 1
#define FD_DRAINED 2
#define FD_NO_DRAIN 4

#define NEVER INT64_MAX
#define NO_WAIT INT64_MIN

static int64_t now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void *grow(void *array, int *capacity, int needed, size_t item) {
  if (needed <= *capacity) return array;
  int next = *capacity < 16 ? 16 : *capacity;
  while (next < needed) next *= 2;
  void *bigger = realloc(array, (size_t)next * item);
  if (bigger == NULL) out_of_memory();
  memset((char *)bigger + (size_t)*capacity * item, 0, (size_t)(next - *capacity) * item);
  *capacity = next;
  return bigger;
}

void scheduler_init(VM *vm) {
  Scheduler *s = calloc(1, sizeof *s);
  if (s == NULL) out_of_memory();
  s->epoll_fd = -1;
  vm->scheduler = s;
  s->live = new_list(vm);
}

void scheduler_free(VM *vm) {
  Scheduler *s = vm->scheduler;
  if (s->epoll_fd >= 0) close(s->epoll_fd);
  free(s->timers);
  free(s->fds);
  free(s);
  vm->scheduler = NULL;
}

void scheduler_mark(VM *vm) {
  gc_mark_object(vm, (Obj *)vm->scheduler->live);
  gc_mark_object(vm, (Obj *)vm->main_fiber);
}

/* ---- the run queue ---- */

static void make_ready(Scheduler *s, ObjFiber *fiber, WakeReason reason) {
  fiber->state = FIBER_READY;
  fiber->wake_reason = (uint8_t)reason;
  fiber->next_ready = NULL;
  if (s->ready_tail) s->ready_tail->next_ready = fiber;
  else s->ready_head = fiber;
  s->ready_tail = fiber;
}

static ObjFiber *pop_ready(Scheduler *s) {
  ObjFiber *fiber = s->ready_head;
  if (fiber == NULL) return NULL;
  s->ready_head = fiber->next_ready;
  if (s->ready_head == NULL) s->ready_tail = NULL;
  fiber->next_ready = NULL;
  return fiber;
}

/* ---- the timer heap ---- */

static void heap_swap(Scheduler *s, int a, int b) {
  ObjFiber *t = s->timers[a];
  s->timers[a] = s->timers[b];
  s->timers[b] = t;
  s->timers[a]->heap_index = a;
  s->timers[b]->heap_index = b;
}

static void heap_up(Scheduler *s, int i) {
  while (i > 0 && s->timers[(i - 1) / 2]->deadline > s->timers[i]->deadline) {
    heap_swap(s, i, (i - 1) / 2);
    i = (i - 1) / 2;
  }
}

static void heap_down(Scheduler *s, int i) {
  for (;;) {
    int smallest = i, l = 2 * i + 1, r = 2 * i + 2;
    if (l < s->timer_count && s->timers[l]->deadline < s->timers[smallest]->deadline) smallest = l;
    if (r < s->timer_count && s->timers[r]->deadline < s->timers[smallest]->deadline) smallest = r;
    if (smallest == i) return;
    heap_swap(s, i, smallest);
    i = smallest;
  }
}

static void heap_push(Scheduler *s, ObjFiber *fiber) {
  s->timers = grow(s->timers, &s->timer_capacity, s->timer_count + 1, sizeof(ObjFiber *));
  fiber->heap_index = s->timer_count;
  s->timers[s->timer_count++] = fiber;
  heap_up(s, fiber->heap_index);
}

static void heap_remove(Scheduler *s, ObjFiber *fiber) {
  int i = fiber->heap_index;
  if (i < 0) return;
  fiber->heap_index = -1;
  s->timer_count--;
  if (i == s->timer_count) return;
  s->timers[i] = s->timers[s->timer_count];
  s->timers[i]->heap_index = i;
  heap_down(s, i);
  heap_up(s, i);
}

/* ---- parking and waking ---- */

/* Where the fiber parked on fd for events sits: one reader and one
 * writer may wait on a descriptor at once. */
static ObjFiber **waiter_slot(Scheduler *s, int fd, short events) {
  return events & POLLOUT ? &s->fds[fd].writer : &s->fds[fd].reader;
}

/* Takes a parked fiber out of every structure it waits in. */
static void unpark(Scheduler *s, ObjFiber *fiber) {
  heap_remove(s, fiber);
  if (fiber->wait_fd >= 0 && fiber->wait_fd < s->fd_capacity) {
    ObjFiber **slot = waiter_slot(s, fiber->wait_fd, fiber->wait_events);
    if (*slot == fiber) *slot = NULL;
    s->watched_count--;
  }
  fiber->wait_fd = -1;
  fiber->suspended = false;
  s->parked_count--;
}

static void wake(Scheduler *s, ObjFiber *fiber, WakeReason reason) {
  unpark(s, fiber);
  make_ready(s, fiber, reason);
}

/* Makes room for what the scheduler keeps by descriptor, up to fd. */
static void reserve(Scheduler *s, int fd) {
  s->fds = grow(s->fds, &s->fd_capacity, fd + 1, sizeof(FdState));
}

/* Registers fd once, edge-triggered for reading and writing, and from
 * then on parking on it costs no system call: an edge wakes the fiber
 * parked on it, if any, when it is what the fiber waits for. A native
 * always tries its call before it parks (or knows it would fail, see
 * sb_fd_drained), so an edge nobody waited for loses nothing. The
 * FD_IN_EPOLL flag is cleared when the descriptor is closed
 * (sb_fd_closed), so a reused number is registered anew. */
static int watch(Scheduler *s, ObjFiber *fiber, int fd, short events) {
  if (s->epoll_fd < 0 && (s->epoll_fd = epoll_create1(EPOLL_CLOEXEC)) < 0) return errno;
  reserve(s, fd);
  ObjFiber **slot = waiter_slot(s, fd, events);
  if (*slot != NULL && *slot != fiber) return EBUSY;
  if (!(s->fds[fd].flags & FD_IN_EPOLL)) {
    struct epoll_event e = {.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLPRI | EPOLLET,
                            .data.fd = fd};
    if (epoll_ctl(s->epoll_fd, EPOLL_CTL_ADD, fd, &e) < 0 &&
        (errno != EEXIST || epoll_ctl(s->epoll_fd, EPOLL_CTL_MOD, fd, &e) < 0))
      return errno;
    s->fds[fd].flags |= FD_IN_EPOLL;
  }
  *slot = fiber;
  fiber->wait_events = events;
  s->watched_count++;
  return 0;
}

/* Whether epoll's events answer what a fiber waits for. */
static bool answers(uint32_t happened, short wanted) {
  uint32_t errors = EPOLLERR | EPOLLHUP;
  return (happened & errors) || ((wanted & POLLIN) && (happened & (EPOLLIN | EPOLLRDHUP))) ||
         ((wanted & POLLOUT) && (happened & EPOLLOUT));
}

static int park(VM *vm, int fd, short events, int64_t deadline) {
  Scheduler *s = vm->scheduler;
  ObjFiber *fiber = vm->fiber;
  if (fd >= 0) {
    int err = watch(s, fiber, fd, events);
    if (err) return err;
  }
  fiber->wait_fd = fd;
  fiber->deadline = deadline;
  if (deadline != NEVER) heap_push(s, fiber);
  fiber->state = FIBER_PARKED;
  fiber->park_sweep = s->sweeps;
  s->parks_since_sweep++;
  s->parked_count++;
  vm->parked = true;
  return SB_PARKED;
}

bool scheduler_can_park(VM *vm) {
  Scheduler *s = vm->scheduler;
  return vm->native_depth == 0 && vm->parking_disabled == 0 &&
         (!vm->fiber->is_main || s->live->items.count > 0);
}

int sb_wait(VM *vm, int fd, short events, int64_t deadline) {
  ObjFiber *fiber = vm->fiber;
  WakeReason woken = (WakeReason)fiber->wake_reason;
  if (woken != WAKE_NONE) { /* the same call, run again after a wake */
    fiber->wake_reason = WAKE_NONE;
    if (woken == WAKE_TIMEOUT) return ETIMEDOUT;
    if (woken == WAKE_CANCELLED) return EBADF;
    if (woken == WAKE_INTERRUPTED) return EINTR;
    if (woken == WAKE_READY) {
      fiber->wake_reason = WAKE_RESUMED; /* a second wait in this call keeps the deadline */
      return 0;
    }
    if (deadline != NO_WAIT) deadline = fiber->deadline;
  }
  if (deadline == NO_WAIT) return EAGAIN;
  if (vm_interrupt_requested) return EINTR;
  if (deadline != NEVER && deadline <= now_ms()) return ETIMEDOUT;
  if (!scheduler_can_park(vm)) return vm_interrupt_wait(fd, events, deadline);
  return park(vm, fd, events, deadline);
}

void sb_keep_native_state(VM *vm, void *state, void (*release)(void *state)) {
  ObjFiber *fiber = vm->fiber;
  fiber_drop_native_state(fiber);
  fiber->native_state = state;
  fiber->native_state_release = release;
}

void *sb_take_native_state(VM *vm) {
  ObjFiber *fiber = vm->fiber;
  void *state = fiber->native_state;
  fiber->native_state = NULL;
  if (state != NULL) fiber->wake_reason = WAKE_NONE;
  return state;
}

void sb_fd_closed(VM *vm, int fd) {
  Scheduler *s = vm->scheduler; /* NULL while the VM is freed */
  if (s != NULL && fd >= 0 && fd < s->fd_capacity) s->fds[fd].flags = 0;
}

/* Sound because the registration is edge-triggered: bytes (or the end)
 * that arrive after the read that found the queue empty queue an event,
 * which clears the flag when poll_events reports it; a descriptor not yet
 * registered is checked for readiness by EPOLL_CTL_ADD when the fiber
 * parks. An end reported before the read is kept in FD_NO_DRAIN: the
 * read took the last bytes, and the next gets the end at once. */
void sb_fd_drained(VM *vm, int fd) {
  Scheduler *s = vm->scheduler;
  if (fd < 0) return;
  reserve(s, fd);
  if (!(s->fds[fd].flags & FD_NO_DRAIN)) s->fds[fd].flags |= FD_DRAINED;
}

bool sb_fd_known_empty(VM *vm, int fd) {
  Scheduler *s = vm->scheduler;
  return fd >= 0 && fd < s->fd_capacity && (s->fds[fd].flags & FD_DRAINED) &&
         scheduler_can_park(vm);
}

void sb_fd_closing(VM *vm, int fd) {
  Scheduler *s = vm->scheduler;
  if (fd < 0 || fd >= s->fd_capacity) return;
  /* Taken out explicitly: a descriptor duplicated elsewhere (a TLSSocket
   * takes its Socket's over) keeps the file, and with it the
   * registration, alive. */
  FdState *state = &s->fds[fd];
  if ((state->flags & FD_IN_EPOLL) && s->epoll_fd >= 0) epoll_ctl(s->epoll_fd, EPOLL_CTL_DEL, fd, NULL);
  state->flags = 0;
  if (state->reader != NULL) wake(s, state->reader, WAKE_CANCELLED);
  if (state->writer != NULL) wake(s, state->writer, WAKE_CANCELLED);
}

/* Fibers parked since before the last sweep, so for a quarter second or more,
 * give their stack pages back while they wait (fiber_stow): a server
 * holding many idle connections then holds a few hundred bytes for each
 * fiber instead of a page. Busy fibers never wait that long. */
#define STOW_AFTER_MS 250

static void stow_idle(Scheduler *s, int64_t now) {
  s->last_sweep = now;
  ValueArray *live = &s->live->items;
  for (int i = 0; i < live->count; i++) {
    ObjFiber *fiber = (ObjFiber *)AS_OBJ(live->values[i]);
    if (fiber->state == FIBER_PARKED && fiber->park_sweep != s->sweeps) fiber_stow(fiber);
  }
  s->sweeps++;
  s->sweep_again = s->parks_since_sweep > 0;
  s->parks_since_sweep = 0;
}

/* Milliseconds until the next sweep is due (0: now), or -1 when no fiber
 * parked since the sweeps that could stow it. */
static int64_t until_sweep(Scheduler *s, int64_t now) {
  if (s->parks_since_sweep == 0 && !s->sweep_again) return -1;
  int64_t left = s->last_sweep + STOW_AFTER_MS - now;
  return left < 0 ? 0 : left;
}

/* Waits for descriptors and timers (or only looks, when wait is false)
 * and queues what they wake; sweeps for idle fibers first when a sweep is
 * due. */
static void poll_events(Scheduler *s, bool wait) {
  s->switches_since_poll = 0;
  int64_t start = now_ms(), sweep = until_sweep(s, start);
  if (sweep == 0) {
    stow_idle(s, start);
    sweep = until_sweep(s, start);
  }
  int timeout = -1;
  if (s->timer_count > 0) {
    int64_t left = s->timers[0]->deadline - start;
    timeout = left <= 0 ? 0 : left > INT32_MAX ? INT32_MAX : (int)left;
  }
  if (sweep >= 0 && (timeout < 0 || sweep < timeout)) timeout = (int)sweep;
  if (!wait) timeout = 0;
  /* In the REPL a Ctrl-C that comes just before the wait still ends it. */
  sigset_t unblocked;
  bool masked = timeout != 0 && vm_interrupt_wait_begin(&unblocked);
  if (masked && vm_interrupt_requested) timeout = 0;
  struct epoll_event events[64];
  int n = 0;
  if (s->epoll_fd >= 0) n = epoll_pwait(s->epoll_fd, events, 64, timeout, masked ? &unblocked : NULL);
  else if (timeout != 0)
    pselect(0, NULL, NULL, NULL, timeout < 0 ? NULL : &(struct timespec){timeout / 1000, timeout % 1000 * 1000000L},
            masked ? &unblocked : NULL);
  if (masked) vm_interrupt_wait_end(&unblocked);
  for (int i = 0; i < n; i++) {
    int fd = events[i].data.fd;
    if (fd >= s->fd_capacity) continue;
    FdState *state = &s->fds[fd];
    uint32_t happened = events[i].events;
    if (happened & (EPOLLRDHUP | EPOLLERR | EPOLLHUP | EPOLLPRI)) state->flags |= FD_NO_DRAIN;
    if (happened & (EPOLLIN | EPOLLRDHUP | EPOLLERR | EPOLLHUP)) state->flags &= (uint8_t)~FD_DRAINED;
    ObjFiber *parked[2] = {state->reader, state->writer};
    for (int k = 0; k < 2; k++)
      if (parked[k] != NULL && parked[k]->state == FIBER_PARKED &&
          answers(events[i].events, parked[k]->wait_events))
        wake(s, parked[k], WAKE_READY);
  }
  int64_t now = now_ms();
  while (s->timer_count > 0 && s->timers[0]->deadline <= now) wake(s, s->timers[0], WAKE_TIMEOUT);
}

#define POLL_EVERY_SWITCHES 64

/* An interrupt while the main fiber waits goes to it: it runs next, and
 * its wait ends with EINTR. */
static ObjFiber *interrupted_main(VM *vm) {
  ObjFiber *main = vm->main_fiber;
  if (main->state != FIBER_PARKED) return NULL;
  unpark(vm->scheduler, main);
  main->wake_reason = WAKE_INTERRUPTED;
  return main;
}

/* A spawned fiber that waits, or NULL. */
static ObjFiber *parked_fiber(Scheduler *s) {
  ValueArray *live = &s->live->items;
  for (int i = 0; i < live->count; i++) {
    ObjFiber *fiber = (ObjFiber *)AS_OBJ(live->values[i]);
    if (fiber->state == FIBER_PARKED) return fiber;
  }
  return NULL;
}

ObjFiber *scheduler_next(VM *vm) {
  Scheduler *s = vm->scheduler;
  for (;;) {
    ObjFiber *fiber = SB_UNLIKELY(vm_interrupt_requested) ? interrupted_main(vm) : NULL;
    if (fiber == NULL) fiber = pop_ready(s);
    if (fiber != NULL) {
      /* Fibers that keep yielding must not starve those waiting for a
       * descriptor or a timer: every so many switches, look without
       * waiting. */
      if (++s->switches_since_poll >= POLL_EVERY_SWITCHES && (s->watched_count > 0 || s->timer_count > 0))
        poll_events(s, false);
      fiber_unstow(fiber);
      fiber->state = FIBER_RUNNING;
      /* The REPL's main fiber between entries (no frames): its turn ends
       * the run of the others (scheduler_park_idle_main). */
      if (fiber->frame_count == 0) return NULL;
      return fiber;
    }
    /* Interrupted after the main fiber ended: stop running the others. */
    if (s->parked_count == 0 || vm_interrupt_requested) return NULL;
    if (s->timer_count == 0 && s->watched_count == 0) {
      /* Every fiber waits for another: wake the main one to report it,
       * or once the main code has ended, one of those left, which would
       * otherwise never end (the script ended without a word). */
      ObjFiber *stuck = vm->main_fiber->state == FIBER_PARKED ? vm->main_fiber : parked_fiber(s);
      if (stuck == NULL) return NULL;
      wake(s, stuck, WAKE_CANCELLED);
      continue;
    }
    poll_events(s, true);
  }
}

int64_t scheduler_now(void) { return now_ms(); }

bool scheduler_park_idle_main(VM *vm, int fd, int64_t deadline) {
  if (park(vm, fd, POLLIN, deadline) != SB_PARKED) return false;
  vm->parked = false;
  return true;
}

void scheduler_wake_idle_main(VM *vm) {
  ObjFiber *main = vm->main_fiber;
  if (main->state == FIBER_PARKED && main->frame_count == 0) wake(vm->scheduler, main, WAKE_READY);
}

/* ---- spawn, join, yield, finish ---- */

/* Swaps the last live fiber into the place of the one that ended. */
static void forget_live(Scheduler *s, ObjFiber *fiber) {
  ValueArray *live = &s->live->items;
  int i = fiber->live_index;
  if (i < 0 || i >= live->count || AS_OBJ(live->values[i]) != (Obj *)fiber) return;
  ObjFiber *moved = (ObjFiber *)AS_OBJ(live->values[--live->count]);
  live->values[i] = OBJ_VAL(moved);
  moved->live_index = i;
  fiber->live_index = -1;
}

/* Whether calling callee runs C code (a builtin, a native method or the
 * initializer of a native class) rather than pushing a frame. */
static bool calls_native(Value callee) {
  if (IS_BOUND_METHOD(callee)) return AS_BOUND_METHOD(callee)->method->type == OBJ_NATIVE;
  if (IS_CLASS(callee)) return IS_NATIVE(AS_CLASS(callee)->initializer);
  return IS_NATIVE(callee);
}

/* Sets up the new fiber's first frame as a function of two instructions,
 * CALL and RETURN, with args above it: the native then runs when the fiber
 * does, where it may park and where a callback it makes returns to it
 * (run at spawn, it parked or ended the fiber that spawned it instead).
 * The frame takes the module and line of the spawn for stack traces. */
static void push_native_call(VM *vm, ObjFiber *parent, int argc, Value *args) {
  ObjFiber *fiber = vm->fiber;
  const CallFrame *spawner = parent->frame_count ? fiber_frame(parent, parent->frame_count - 1) : NULL;
  ObjFunction *fn = new_function(vm, spawner ? spawner->closure->function->module : NULL);
  vm_push(vm, OBJ_VAL(fn));
  int line = spawner ? frame_line(spawner) : 0;
  chunk_write(vm, &fn->chunk, OP_CALL, line);
  chunk_write(vm, &fn->chunk, (uint8_t)(argc - 1), line); /* spawn() takes at most 255 arguments */
  chunk_write(vm, &fn->chunk, OP_RETURN, line);
  fn->max_slots = argc + 1;
  ObjClosure *closure = new_closure(vm, fn);
  fiber->stack[0] = OBJ_VAL(closure);
  for (int i = 0; i < argc; i++) vm_push(vm, args[i]);
  CallFrame *frame = fiber_frame(fiber, fiber->frame_count++);
  frame->closure = closure;
  frame->ip = fn->chunk.code;
  frame->slots = fiber->stack;
}

/* args[0] is the callee and args[1..argc-1] its arguments. The call is
 * set up on the new fiber's stack, where the callee's arguments are
 * checked at once unless it is native (push_native_call). */
bool scheduler_spawn(VM *vm, int argc, Value *args, ObjFiber **out) {
  if (vm->spawns_left == 0) return vm_raise(vm, EXC_RANGE, "spawn(): no more fibers may be started");
  if (vm->spawns_left > 0) vm->spawns_left--;
  ObjFiber *fiber = fiber_new(vm);
  if (fiber == NULL) return vm_raise(vm, EXC_OS, "spawn(): cannot reserve a stack: %s", strerror(errno));
  vm_push(vm, OBJ_VAL(fiber));
  ObjFiber *parent = vm->fiber;
  vm->fiber = fiber;
  bool pushed = true, ok = true;
  if (calls_native(args[0])) {
    push_native_call(vm, parent, argc, args);
  } else {
    for (int i = 0; i < argc; i++) vm_push(vm, args[i]);
    ok = call_value(vm, argc - 1, &pushed);
  }
  Value result = ok && !pushed ? vm_peek(vm, 0) : NIL_VAL;
  vm->fiber = parent;
  if (!ok) {
    vm_pop(vm);
    return false;
  }
  if (pushed) {
    fiber->live_index = vm->scheduler->live->items.count;
    value_array_write(vm, &vm->scheduler->live->items, OBJ_VAL(fiber));
    make_ready(vm->scheduler, fiber, WAKE_NONE);
  } else {
    scheduler_finish(vm, fiber, result, false);
  }
  vm_pop(vm);
  *out = fiber;
  return true;
}

bool scheduler_join(VM *vm, ObjFiber *target) {
  ObjFiber *self = vm->fiber;
  if (self->wake_reason == WAKE_CANCELLED) {
    self->wake_reason = WAKE_NONE;
    return vm_raise(vm, EXC_VALUE, "join(): deadlock: every fiber is waiting and none can run");
  }
  if (self->wake_reason == WAKE_INTERRUPTED || vm_interrupt_requested) {
    self->wake_reason = WAKE_NONE;
    return vm_raise_interrupt(vm);
  }
  if (target == self) return vm_raise(vm, EXC_VALUE, "join(): a fiber cannot wait for itself");
  if (!scheduler_can_park(vm))
    return vm_raise(vm, EXC_VALUE, "join(): cannot wait for a fiber inside a callback from native code");
  if (target->joiners == NULL) target->joiners = new_list(vm);
  value_array_write(vm, &target->joiners->items, OBJ_VAL(self));
  park(vm, -1, 0, NEVER);
  return false;
}

bool scheduler_resume(VM *vm, ObjFiber *fiber) {
  if (fiber->state != FIBER_PARKED || !fiber->suspended) return false;
  wake(vm->scheduler, fiber, WAKE_READY);
  return true;
}

bool scheduler_yield(VM *vm) {
  ObjFiber *self = vm->fiber;
  if (self->wake_reason != WAKE_NONE || !scheduler_can_park(vm)) {
    self->wake_reason = WAKE_NONE;
    return true;
  }
  make_ready(vm->scheduler, self, WAKE_READY);
  vm->parked = true;
  return false;
}

/* The fiber is done: the fibers in its join() run again. */
static void wake_joiners(Scheduler *s, ObjFiber *fiber, Value result, bool failed) {
  fiber->state = FIBER_DONE;
  fiber->result = result;
  fiber->failed = failed;
  ObjList *joiners = fiber->joiners;
  fiber->joiners = NULL;
  for (int i = 0; joiners != NULL && i < joiners->items.count; i++) {
    ObjFiber *joiner = (ObjFiber *)AS_OBJ(joiners->items.values[i]);
    if (joiner->state == FIBER_PARKED) wake(s, joiner, WAKE_READY);
  }
}

void scheduler_finish(VM *vm, ObjFiber *fiber, Value result, bool failed) {
  fiber_end(fiber);
  forget_live(vm->scheduler, fiber);
  wake_joiners(vm->scheduler, fiber, result, failed);
}

/* The main fiber keeps its stack (the VM still calls on it, finalizers
 * included), but a fiber's join() on it returns nil once the script's
 * code has ended. */
void scheduler_finish_main(VM *vm) {
  wake_joiners(vm->scheduler, vm->main_fiber, NIL_VAL, false);
}
