/* Fiber: reserving and releasing a fiber's stacks, and marking what they
 * hold. One mmap'd range with MAP_NORESERVE holds both: the frames grow
 * down and the values grow up from a boundary in the middle of a page, so
 * a fiber with a few frames and values touches a single page. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "fiber.h"
#include "memory.h"
#include "vm.h"

#define PAGE 4096
#define STACK_BYTES ((size_t)FIBER_STACK_VALUES * sizeof(Value))
#define FRAME_BYTES ((size_t)FIBER_MAX_FRAMES * sizeof(CallFrame))
/* Whole pages for the frames, then half a page more: the boundary. */
#define BOUNDARY_OFFSET (((FRAME_BYTES + PAGE - 1) / PAGE) * PAGE + PAGE / 2)
#define RESERVATION_BYTES (BOUNDARY_OFFSET + STACK_BYTES)

/* Released reservations kept for the next fibers: a server makes and
 * ends a fiber per connection, and mmap/munmap (with the TLB flush and
 * the first page fault) would cost more than the rest of the fiber. */
#define SPARE_MAX 256
static void *spare[SPARE_MAX];
static int spare_count;

static void *reserve(void) {
  if (spare_count > 0) return spare[--spare_count];
  void *base = mmap(NULL, RESERVATION_BYTES, PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  return base == MAP_FAILED ? NULL : base;
}

ObjFiber *fiber_new(VM *vm) {
  void *base = reserve();
  if (base == NULL) return NULL;
  ObjFiber *fiber = (ObjFiber *)allocate_object(vm, sizeof(ObjFiber), OBJ_FIBER);
  char *boundary = (char *)base + BOUNDARY_OFFSET;
  fiber->reservation = base;
  fiber->stack = (Value *)boundary;
  fiber->stack_top = fiber->stack;
  /* Room above the limit for the deepest expression of one call. */
  fiber->stack_limit = fiber->stack + FIBER_STACK_VALUES - 1024;
  fiber->frames = (CallFrame *)boundary;
  fiber->frame_count = 0;
  fiber->open_upvalues = NULL;
  fiber->handlers = NULL;
  fiber->handler_count = 0;
  fiber->handler_capacity = 0;
  fiber->state = FIBER_READY;
  fiber->wake_reason = WAKE_NONE;
  fiber->is_main = false;
  fiber->suspended = false;
  fiber->wait_fd = -1;
  fiber->deadline = INT64_MAX;
  fiber->heap_index = -1;
  fiber->next_ready = NULL;
  fiber->result = NIL_VAL;
  fiber->failed = false;
  fiber->joiners = NULL;
  fiber->live_index = -1;
  fiber->park_sweep = 0;
  fiber->stowed = NULL;
  fiber->native_state = NULL;
  fiber->native_state_release = NULL;
  return fiber;
}

/* Bytes of frames and of values in use. */
static size_t frame_bytes(const ObjFiber *fiber) { return (size_t)fiber->frame_count * sizeof(CallFrame); }
static size_t value_bytes(const ObjFiber *fiber) {
  return (size_t)(fiber->stack_top - fiber->stack) * sizeof(Value);
}

#define STOW_MAX (PAGE / 2) /* larger stacks are left as they are */

bool fiber_stow(ObjFiber *fiber) {
  size_t frames = frame_bytes(fiber), values = value_bytes(fiber);
  if (fiber->stowed != NULL || fiber->open_upvalues != NULL || frames + values > STOW_MAX)
    return false;
  char *copy = malloc(frames + values);
  if (copy == NULL) return false;
  memcpy(copy, (char *)fiber->frames - frames, frames);
  memcpy(copy + frames, fiber->stack, values);
  if (madvise(fiber->reservation, RESERVATION_BYTES, MADV_DONTNEED) < 0) {
    free(copy);
    return false;
  }
  fiber->stowed = copy;
  return true;
}

void fiber_unstow(ObjFiber *fiber) {
  if (fiber->stowed == NULL) return;
  size_t frames = frame_bytes(fiber);
  memcpy((char *)fiber->frames - frames, fiber->stowed, frames);
  memcpy(fiber->stack, fiber->stowed + frames, value_bytes(fiber));
  free(fiber->stowed);
  fiber->stowed = NULL;
}

void fiber_drop_native_state(ObjFiber *fiber) {
  void *state = fiber->native_state;
  fiber->native_state = NULL;
  if (state != NULL) fiber->native_state_release(state);
}

void fiber_end(ObjFiber *fiber) {
  fiber_drop_native_state(fiber);
  free(fiber->stowed);
  fiber->stowed = NULL;
  if (fiber->reservation == NULL) return;
  if (spare_count < SPARE_MAX) spare[spare_count++] = fiber->reservation;
  else munmap(fiber->reservation, RESERVATION_BYTES);
  fiber->reservation = NULL;
  fiber->stack = fiber->stack_top = fiber->stack_limit = NULL;
  fiber->frames = NULL;
  fiber->frame_count = 0;
}

void fiber_release(VM *vm, ObjFiber *fiber) {
  fiber_end(fiber);
  FREE_ARRAY(vm, Handler, fiber->handlers, fiber->handler_capacity);
}

void fiber_mark(VM *vm, ObjFiber *fiber) {
  /* A stowed fiber's frames and values are in its copy, in the same order. */
  const CallFrame *frames = fiber->stowed ? (const CallFrame *)fiber->stowed + fiber->frame_count
                                          : fiber->frames;
  const Value *values = fiber->stowed ? (const Value *)(fiber->stowed + frame_bytes(fiber))
                                      : fiber->stack;
  /* An ended fiber's stack is NULL: no pointer arithmetic on it. */
  ptrdiff_t count = fiber->stack != NULL ? fiber->stack_top - fiber->stack : 0;
  for (ptrdiff_t i = 0; i < count; i++) gc_mark_value(vm, values[i]);
  for (int i = 0; i < fiber->frame_count; i++) gc_mark_object(vm, (Obj *)frames[-i - 1].closure);
  for (ObjUpvalue *up = fiber->open_upvalues; up != NULL; up = up->next)
    gc_mark_object(vm, (Obj *)up);
  gc_mark_value(vm, fiber->result);
  gc_mark_object(vm, (Obj *)fiber->joiners);
}
