/* Fiber: reserving and releasing a fiber's stacks, and marking what they
 * hold. The reservations are mmap'd with MAP_NORESERVE: untouched pages
 * cost nothing, so an idle fiber costs a page or two. */
#include <sys/mman.h>

#include "fiber.h"
#include "memory.h"
#include "vm.h"

#define STACK_BYTES ((size_t)FIBER_STACK_VALUES * sizeof(Value))
#define FRAME_BYTES ((size_t)FIBER_MAX_FRAMES * sizeof(CallFrame))

static void *reserve(size_t bytes) {
  void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  return p == MAP_FAILED ? NULL : p;
}

ObjFiber *fiber_new(VM *vm) {
  Value *stack = reserve(STACK_BYTES);
  CallFrame *frames = reserve(FRAME_BYTES);
  if (stack == NULL || frames == NULL) {
    if (stack) munmap(stack, STACK_BYTES);
    if (frames) munmap(frames, FRAME_BYTES);
    return NULL;
  }
  ObjFiber *fiber = (ObjFiber *)allocate_object(vm, sizeof(ObjFiber), OBJ_FIBER);
  fiber->stack = stack;
  fiber->stack_top = stack;
  /* Room above the limit for the deepest expression of one call. */
  fiber->stack_limit = stack + FIBER_STACK_VALUES - 1024;
  fiber->frames = frames;
  fiber->frame_count = 0;
  fiber->open_upvalues = NULL;
  fiber->handlers = NULL;
  fiber->handler_count = 0;
  fiber->handler_capacity = 0;
  return fiber;
}

void fiber_release(VM *vm, ObjFiber *fiber) {
  munmap(fiber->stack, STACK_BYTES);
  munmap(fiber->frames, FRAME_BYTES);
  FREE_ARRAY(vm, Handler, fiber->handlers, fiber->handler_capacity);
}

void fiber_mark(VM *vm, ObjFiber *fiber) {
  for (Value *slot = fiber->stack; slot < fiber->stack_top; slot++)
    gc_mark_value(vm, *slot);
  for (int i = 0; i < fiber->frame_count; i++)
    gc_mark_object(vm, (Obj *)fiber->frames[i].closure);
  for (ObjUpvalue *up = fiber->open_upvalues; up != NULL; up = up->next)
    gc_mark_object(vm, (Obj *)up);
}
