/* Fiber: all execution state of one thread of Sabre code (value stack, call
 * frames, open upvalues, exception handlers), so the VM can switch among
 * many. The value stack and the frame array are reserved address ranges
 * whose pages the kernel commits on first touch: they start small, grow
 * without moving, and pointers into them stay valid. */
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

typedef struct ObjFiber {
  Obj obj;
  Value *stack;
  Value *stack_top;
  Value *stack_limit;
  CallFrame *frames;
  int frame_count;
  ObjUpvalue *open_upvalues;
  Handler *handlers;
  int handler_count;
  int handler_capacity;
} ObjFiber;

/* Kinds of pending action carried into a finally block. */
enum { FINALLY_NORMAL, FINALLY_RAISE, FINALLY_RETURN, FINALLY_JUMP };

/* NULL when the address space cannot be reserved. */
ObjFiber *fiber_new(VM *vm);
void fiber_release(VM *vm, ObjFiber *fiber);
void fiber_mark(VM *vm, ObjFiber *fiber);

#endif
