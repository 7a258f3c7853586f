/* Fibers for scripts: spawn(fn, args...), sleep(ms), yield(), and the
 * Fiber type's join() and is_done. Plain blocking-style code in many
 * fibers serves many connections: a socket call that would wait parks
 * its fiber and the others run (see scheduler.h). */
#include <errno.h>
#include <math.h>
#include <time.h>

#include "builtins.h"
#include "format.h"
#include "interrupt.h"
#include "native.h"
#include "scheduler.h"

static bool fn_spawn(VM *vm, int argc, Value *args) {
  if (!check_callable(vm, args, 0, "function")) return false;
  ObjFiber *fiber;
  if (!scheduler_spawn(vm, argc, args, &fiber)) return false;
  RETURN_OBJ(fiber);
}

/* The monotonic clock's time ms milliseconds from now, a fraction
 * rounded up so that a wait never ends early; ms is checked to be at most
 * 1e12, so the sum fits. */
static int64_t deadline_after(double ms) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000 + (int64_t)ceil(ms);
}

/* sleep(ms): parks the fiber, or sleeps the process when no other fiber
 * could run meanwhile. */
static bool fn_sleep(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!check_number_range(vm, args, 0, "milliseconds", 0, 1e12)) return false;
  int err = sb_wait(vm, -1, 0, deadline_after(AS_NUMBER(args[0])));
  if (err == SB_PARKED) return false;
  if (err == EINTR) return vm_raise_interrupt(vm);
  RETURN_NIL;
}

static bool fn_yield(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!scheduler_yield(vm)) return false;
  RETURN_NIL;
}

/* The deadline of a timeout in milliseconds (negative: none). nan and
 * values past sleep()'s limit are refused: converting them to a deadline
 * is undefined, and gave an immediate timeout. */
static bool timeout_arg(VM *vm, int argc, Value *args, int64_t *deadline) {
  *deadline = INT64_MAX;
  if (argc == 0 || IS_NIL(args[0])) return true;
  if (!check_number(vm, args, 0, "timeout")) return false;
  double ms = AS_NUMBER(args[0]);
  if (isnan(ms) || ms > 1e12) {
    char text[32];
    format_number(ms, text);
    return vm_raise(vm, EXC_VALUE,
                    "suspend(): timeout must be at most 1e12 milliseconds (negative: no limit), got %s",
                    text);
  }
  if (ms >= 0) *deadline = deadline_after(ms);
  return true;
}

/* suspend(timeout = -1): parks this fiber until resume(it); false when the
 * timeout passed first. */
static bool fn_suspend(VM *vm, int argc, Value *args) {
  int64_t deadline;
  if (!timeout_arg(vm, argc, args, &deadline)) return false;
  bool resumed = vm->fiber->wake_reason != WAKE_NONE; /* this is the call running again */
  /* In a callback from native code no other fiber runs until the timeout
   * passes, so none could resume this one: a timeout would only stall them. */
  bool in_callback = vm->native_depth > 0;
  if (!resumed && !scheduler_can_park(vm) && (deadline == INT64_MAX || in_callback))
    return vm_raise(vm, EXC_VALUE, in_callback
                                       ? "suspend(): cannot wait inside a callback from native code"
                                       : "suspend(): no other fiber could resume this one");
  int err = sb_wait(vm, -1, 0, deadline);
  if (err == SB_PARKED) {
    vm->fiber->suspended = true;
    return false;
  }
  if (err == EINTR) return vm_raise_interrupt(vm);
  if (err == EBADF) return vm_raise(vm, EXC_VALUE, "suspend(): deadlock: every fiber is waiting and none can run");
  RETURN_BOOL(err == 0);
}

static bool fn_resume(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!IS_FIBER(args[0])) return raise_arg_type(vm, args, 0, "fiber", "a Fiber");
  RETURN_BOOL(scheduler_resume(vm, (ObjFiber *)AS_OBJ(args[0])));
}

static bool fn_current_fiber(VM *vm, int argc, Value *args) {
  (void)argc;
  RETURN_OBJ(vm->fiber);
}

static ObjFiber *self_fiber(Value *args) { return (ObjFiber *)AS_OBJ(args[-1]); }

/* join(): the fiber's result, raising its exception if it failed. */
static bool fiber_join(VM *vm, int argc, Value *args) {
  (void)argc;
  ObjFiber *target = self_fiber(args);
  if (target->state != FIBER_DONE) return scheduler_join(vm, target);
  vm->fiber->wake_reason = WAKE_NONE;
  if (target->failed) {
    vm->exception = target->result;
    return false;
  }
  RETURN_VAL(target->result);
}

static bool fiber_is_done(VM *vm, int argc, Value *args) {
  (void)vm, (void)argc;
  RETURN_BOOL(self_fiber(args)->state == FIBER_DONE);
}

void lib_fiber_init(VM *vm) {
  define_natives(vm, &vm->builtins, "", (const SbFunction[]){
      {"spawn", fn_spawn, 1, 256, /* CALL takes at most 255 arguments */
       "spawn(function: function, ...arguments) -> Fiber\n"
       "Starts function(arguments) in a new fiber and returns it at once. The fiber runs "
       "while others wait (on sockets, sleep, join); an exception it does not catch is "
       "printed and ends only that fiber.\n"
       "Example: var f = spawn(@(a, b) { return a + b }, 1, 2)\nf.join()  # -> 3"},
      {"sleep", fn_sleep, 1, 1,
       "sleep(milliseconds: number) -> nil\nPauses this fiber; the others keep running."},
      {"yield", fn_yield, 0, 0,
       "yield() -> nil\nLets the other ready fibers run before this one continues."},
      {"suspend", fn_suspend, 0, 1,
       "suspend(timeout: number = -1) -> bool\n"
       "Parks this fiber until another calls resume(it) (true) or timeout milliseconds "
       "pass (false); a negative timeout has no limit, and at most 1e12 is allowed. The "
       "building block of Channel and Promise."},
      {"resume", fn_resume, 1, 1,
       "resume(fiber: Fiber) -> bool\n"
       "Wakes a fiber waiting in suspend(); false when it was not waiting there."},
      {"current_fiber", fn_current_fiber, 0, 0,
       "current_fiber() -> Fiber\nThe fiber running this code."},
      {NULL, NULL, 0, 0, NULL},
  });
  define_natives(vm, &vm->fiber_methods, "Fiber", (const SbFunction[]){
      {"join", fiber_join, 0, 0,
       "join() -> any\n"
       "Waits for the fiber to end and returns what its function returned; re-raises the "
       "exception that ended it."},
      {"is_done", fiber_is_done, 0, 0, "is_done() -> bool\nWhether the fiber has ended."},
      {NULL, NULL, 0, 0, NULL},
  });
}
