/* Fiber: reserving and releasing a fiber's stacks, and marking what they
 * hold. One mmap'd range with MAP_NORESERVE holds both: the frames grow
 * down and the values grow up from a boundary in the middle of a page, so
 * a fiber with a few frames and values touches a single page. */
#include <stdint.h>
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
  fiber->wait_fd = -1;
  fiber->deadline = INT64_MAX;
  fiber->heap_index = -1;
  fiber->next_ready = NULL;
  fiber->result = NIL_VAL;
  fiber->failed = false;
  fiber->joiners = NULL;
  fiber->live_index = -1;
  fiber->native_state = NULL;
  fiber->native_state_release = NULL;
  return fiber;
}

void fiber_drop_native_state(ObjFiber *fiber) {
  void *state = fiber->native_state;
  fiber->native_state = NULL;
  if (state != NULL) fiber->native_state_release(state);
}

void fiber_release(VM *vm, ObjFiber *fiber) {
  fiber_drop_native_state(fiber);
  if (spare_count < SPARE_MAX) spare[spare_count++] = fiber->reservation;
  else munmap(fiber->reservation, RESERVATION_BYTES);
  FREE_ARRAY(vm, Handler, fiber->handlers, fiber->handler_capacity);
}

void fiber_mark(VM *vm, ObjFiber *fiber) {
  for (Value *slot = fiber->stack; slot < fiber->stack_top; slot++)
    gc_mark_value(vm, *slot);
  for (int i = 0; i < fiber->frame_count; i++)
    gc_mark_object(vm, (Obj *)fiber_frame(fiber, i)->closure);
  for (ObjUpvalue *up = fiber->open_upvalues; up != NULL; up = up->next)
    gc_mark_object(vm, (Obj *)up);
  gc_mark_value(vm, fiber->result);
  gc_mark_object(vm, (Obj *)fiber->joiners);
}
