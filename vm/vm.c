/* The dispatch loop: one function that decodes and runs instructions for
 * the current fiber, with computed goto where the compiler supports it.
 * Number fast paths are inline; everything else calls into call.c and
 * ops.c. Exceptions unwind to the innermost handler of this run. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* GCC merges the identical dispatch tails of the instructions into one
 * jump, which turns threaded code back into a central switch. */
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC optimize("no-crossjumping", "no-gcse")
#endif

#include "error.h"
#include "format.h"
#include "interrupt.h"
#include "memory.h"
#include "scheduler.h"
#include "vm_internal.h"

/* Pops handlers and frames down to the innermost handler that belongs to
 * this run. False when none does: the exception leaves the run. */
static bool unwind(VM *vm, int base_frames) {
  ObjFiber *fiber = vm->fiber;
  Value exception = vm->exception;
  error_capture_trace(vm, exception);
  if (fiber->handler_count == 0 ||
      fiber->handlers[fiber->handler_count - 1].frame_count <= base_frames) {
    close_upvalues(fiber, fiber_frame(fiber, base_frames)->slots);
    fiber->stack_top = fiber_frame(fiber, base_frames)->slots;
    fiber->frame_count = base_frames;
    return false;
  }
  Handler h = fiber->handlers[--fiber->handler_count];
  Value *depth = fiber->stack + h.stack_depth;
  close_upvalues(fiber, depth);
  fiber->stack_top = depth;
  fiber->frame_count = h.frame_count;
  if (h.is_finally) vm_push(vm, NUMBER_VAL(FINALLY_RAISE));
  vm_push(vm, exception);
  fiber_frame(fiber, h.frame_count - 1)->ip = h.ip;
  vm->exception = NIL_VAL;
  return true;
}

static bool push_handler(VM *vm, uint8_t *ip, bool is_finally) {
  ObjFiber *fiber = vm->fiber;
  if (fiber->handler_count == fiber->handler_capacity) {
    int old = fiber->handler_capacity;
    fiber->handler_capacity = GROW_CAPACITY(old);
    fiber->handlers = GROW_ARRAY(vm, Handler, fiber->handlers, old, fiber->handler_capacity);
  }
  Handler *h = &fiber->handlers[fiber->handler_count++];
  h->ip = ip;
  h->frame_count = fiber->frame_count;
  h->stack_depth = (int)(fiber->stack_top - fiber->stack);
  h->is_finally = is_finally;
  return true;
}

/* Prints a value and a newline: as echo does, or quoted as the REPL
 * shows an expression's value. */
static bool echo_value(VM *vm, Value value, bool quoted) {
  vm_before_output(vm);
  if (IS_STRING(value) && !quoted) {
    fwrite(AS_STRING(value)->chars, 1, (size_t)AS_STRING(value)->length, stdout);
    fputc('\n', stdout);
    return true;
  }
  StrBuf buf;
  strbuf_init(&buf);
  bool ok = quoted ? format_repr(vm, &buf, value) : format_value(vm, &buf, value);
  if (ok) {
    strbuf_append_char(&buf, '\n');
    fwrite(buf.data, 1, (size_t)buf.length, stdout);
  }
  strbuf_free(&buf);
  return ok;
}

static bool assert_failed(VM *vm, bool has_message, Value message) {
  if (!has_message) return vm_raise(vm, EXC_ASSERTION, "assertion failed");
  ObjString *text = value_to_string(vm, message);
  if (text == NULL) return false;
  return vm_raise(vm, EXC_ASSERTION, "%s", text->chars);
}

static bool undefined_name(VM *vm, ObjString *name) {
  return vm_raise(vm, EXC_UNDEFINED, "'%s' is not defined", name->chars);
}

/* A global read that table_get_remembered did not answer: a module global
 * in another slot, or a builtin. A builtin found before is still the one
 * while the module has added no name since (which could hide it), so it
 * is not looked for among the module's globals again. */
static bool get_global(VM *vm, const Table *globals, ObjString *name, NameCache *cache, Value *out) {
  if (cache->table == &vm->builtins && cache->globals_additions == globals->additions &&
      table_get_cached(&vm->builtins, name, cache, out))
    return true;
  if (table_get_caching(globals, name, cache, out)) return true;
  if (!table_get_caching(&vm->builtins, name, cache, out)) return undefined_name(vm, name);
  cache->globals_additions = globals->additions;
  return true;
}

static inline double floor_mod(double a, double b) {
  double r = fmod(a, b);
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

bool vm_run(VM *vm, int base_frames) {
  ObjFiber *fiber = vm->fiber;
  CallFrame *frame;
  uint8_t *ip;
  Value *slots;
  ObjClosure *closure;
  Value result;
  Value *sp = fiber->stack_top;

#define LOAD_FRAME()                                  \
  do {                                                \
    frame = fiber_frame(fiber, fiber->frame_count - 1); \
    ip = frame->ip;                                   \
    slots = frame->slots;                             \
    closure = frame->closure;                         \
  } while (0)
/* sp caches fiber->stack_top; SAVE writes it (and ip) back before
 * anything that allocates, calls out or raises, and TRY reloads it. */
#define SAVE_IP() (frame->ip = ip, fiber->stack_top = sp)
#define READ_BYTE() (*ip++)
#define READ_SHORT() (ip += 2, (uint16_t)((ip[-2] << 8) | ip[-1]))
#define READ_CONSTANT() (closure->function->chunk.constants.values[READ_SHORT()])
#define READ_STRING() AS_STRING(READ_CONSTANT())
#define PUSH(v) do { Value pushed_ = (v); *sp++ = pushed_; } while (0)
#define POP() (*--sp)
#define PEEK(n) (sp[-1 - (n)])
#define THROW() goto throw_exception
/* from_self for `object.name`: only a private name asks for it, so only
 * then is the running code's self (and a captured one) looked at. */
#define FROM_SELF(name, object) ((name)->chars[0] == '_' && is_own_self(closure, slots, object))
#define TRY(call)              \
  do {                         \
    SAVE_IP();                 \
    bool ok_ = (call);         \
    sp = fiber->stack_top;     \
    if (!ok_) THROW();         \
  } while (0)
/* A call that may park the fiber: the instruction at start runs again
 * when the fiber wakes; once it completes, the wake is consumed. */
#define TRY_CALL(call, start)                  \
  do {                                         \
    SAVE_IP();                                 \
    bool ok_ = (call);                         \
    sp = fiber->stack_top;                     \
    if (SB_UNLIKELY(!ok_)) {                   \
      if (vm->parked) {                        \
        frame->ip = (start);                   \
        goto switch_fiber;                     \
      }                                        \
      THROW();                                 \
    }                                          \
    fiber->wake_reason = WAKE_NONE;            \
  } while (0)

#if defined(__GNUC__) || defined(__clang__)
#define SB_COMPUTED_GOTO 1
  static void *dispatch_table[] = {
#define SB_OP_LABEL(name, operands, effect) &&op_##name,
      SB_OPCODES(SB_OP_LABEL)
#undef SB_OP_LABEL
  };
#define DISPATCH() goto *dispatch_table[*ip++]
#define CASE(name) op_##name:
#else
#define DISPATCH() goto dispatch
#define CASE(name) case OP_##name:
#endif

#define BINARY_NUMBER(op_code, expr)                                     \
  do {                                                                   \
    Value b_ = PEEK(0), a_ = PEEK(1);                                    \
    if (SB_LIKELY(IS_NUMBER(a_) && IS_NUMBER(b_))) {                     \
      double a = AS_NUMBER(a_), b = AS_NUMBER(b_);                       \
      sp--;                                                \
      PEEK(0) = (expr);                                                  \
    } else {                                                             \
      Value r_;                                                          \
      TRY(op_arithmetic(vm, op_code, a_, b_, &r_));                      \
      sp--;                                                \
      PEEK(0) = r_;                                                      \
    }                                                                    \
  } while (0)

/* slots[slot] += b (INC_LOCAL, ADD_LOCAL); b_number says whether b is
 * known to be a number. */
#define ADD_TO_LOCAL(slot, b, b_number)                                  \
  do {                                                                   \
    Value a_ = slots[slot], b_ = (b);                                    \
    if (SB_LIKELY(IS_NUMBER(a_) && (b_number))) {                        \
      slots[slot] = NUMBER_VAL(AS_NUMBER(a_) + AS_NUMBER(b_));           \
    } else {                                                             \
      Value r_;                                                          \
      TRY(op_arithmetic(vm, OP_ADD, a_, b_, &r_));                       \
      slots[slot] = r_;                                                  \
    }                                                                    \
  } while (0)

/* a op n for the operand byte n (ADD_SMALL, SUBTRACT_SMALL). */
#define SMALL_OPERAND(op_code, op)                                       \
  do {                                                                   \
    double n_ = READ_BYTE();                                             \
    Value a_ = PEEK(0);                                                  \
    if (SB_LIKELY(IS_NUMBER(a_))) {                                      \
      PEEK(0) = NUMBER_VAL(AS_NUMBER(a_) op n_);                         \
    } else {                                                             \
      Value r_;                                                          \
      TRY(op_arithmetic(vm, op_code, a_, NUMBER_VAL(n_), &r_));          \
      PEEK(0) = r_;                                                      \
    }                                                                    \
  } while (0)

#define COMPARE_NUMBER(op_code, cmp)                                     \
  do {                                                                   \
    Value b_ = PEEK(0), a_ = PEEK(1);                                    \
    if (SB_LIKELY(IS_NUMBER(a_) && IS_NUMBER(b_))) {                     \
      sp--;                                                \
      PEEK(0) = BOOL_VAL(AS_NUMBER(a_) cmp AS_NUMBER(b_));               \
    } else {                                                             \
      Value r_;                                                          \
      TRY(op_compare(vm, op_code, a_, b_, &r_));                         \
      sp--;                                                \
      PEEK(0) = r_;                                                      \
    }                                                                    \
  } while (0)

/* A comparison fused with a jump taken when it is false: jumps by the
 * offset operand unless a cmp b, then pops `pops` values; a and b are read
 * before, `numbers` says whether both are numbers. */
#define COMPARE_JUMP_ON(op_code, cmp, a_, b_, numbers, pops)             \
  do {                                                                   \
    uint16_t offset_ = READ_SHORT();                                     \
    bool holds_;                                                         \
    if (SB_LIKELY(numbers)) {                                            \
      holds_ = AS_NUMBER(a_) cmp AS_NUMBER(b_);                          \
    } else {                                                             \
      Value r_;                                                          \
      TRY(op_compare(vm, op_code, a_, b_, &r_));                         \
      holds_ = !value_is_falsey(r_);                                     \
    }                                                                    \
    sp -= (pops);                                                        \
    if (!holds_) ip += offset_;                                          \
  } while (0)

#define COMPARE_JUMP(op_code, cmp)                                       \
  do {                                                                   \
    Value b_ = PEEK(0), a_ = PEEK(1);                                    \
    COMPARE_JUMP_ON(op_code, cmp, a_, b_, IS_NUMBER(a_) && IS_NUMBER(b_), 2); \
  } while (0)

/* b is the operand byte n, a number. */
#define COMPARE_SMALL_JUMP(op_code, cmp)                                 \
  do {                                                                   \
    Value n_ = NUMBER_VAL(READ_BYTE()), a_ = PEEK(0);                    \
    COMPARE_JUMP_ON(op_code, cmp, a_, n_, IS_NUMBER(a_), 1);             \
  } while (0)

  LOAD_FRAME();
#ifdef SB_COMPUTED_GOTO
  DISPATCH();
#else
dispatch:
  switch (*ip++) {
#endif

  CASE(CONSTANT) PUSH(READ_CONSTANT()); DISPATCH();
  CASE(NIL) PUSH(NIL_VAL); DISPATCH();
  CASE(TRUE) PUSH(TRUE_VAL); DISPATCH();
  CASE(FALSE) PUSH(FALSE_VAL); DISPATCH();
  CASE(SMALL_INT) PUSH(NUMBER_VAL(READ_BYTE())); DISPATCH();
  CASE(POP) sp--; DISPATCH();
  CASE(POPN) sp -= READ_BYTE(); DISPATCH();
  CASE(DUP) PUSH(PEEK(0)); DISPATCH();
  CASE(DUP2) { Value a = PEEK(1), b = PEEK(0); PUSH(a); PUSH(b); DISPATCH(); }
  CASE(GET_LOCAL) PUSH(slots[READ_BYTE()]); DISPATCH();
  CASE(GET_LOCAL2) {
    sp[0] = slots[ip[0]];
    sp[1] = slots[ip[1]];
    sp += 2;
    ip += 2;
    DISPATCH();
  }
  CASE(SET_LOCAL) slots[READ_BYTE()] = PEEK(0); DISPATCH();
  CASE(SET_LOCAL_POP) slots[READ_BYTE()] = POP(); DISPATCH();
  CASE(GET_GLOBAL) {
    Chunk *chunk = &closure->function->chunk;
    uint16_t constant = READ_SHORT();
    ObjString *name = AS_STRING(chunk->constants.values[constant]);
    NameCache *cache = &chunk->name_caches[constant];
    const Table *globals = &closure->function->module->globals;
    Value value;
    if (SB_LIKELY(table_get_remembered(globals, name, cache, &value))) {
      PUSH(value);
      DISPATCH();
    }
    TRY(get_global(vm, globals, name, cache, &value));
    PUSH(value);
    DISPATCH();
  }
  CASE(SET_GLOBAL) {
    ObjString *name = READ_STRING();
    Table *globals = &closure->function->module->globals;
    SAVE_IP();
    if (table_set(vm, globals, name, PEEK(0))) {
      table_delete(globals, name);
      SAVE_IP();
      undefined_name(vm, name);
      THROW();
    }
    DISPATCH();
  }
  CASE(DEFINE_GLOBAL) {
    ObjString *name = READ_STRING();
    SAVE_IP();
    table_set(vm, &closure->function->module->globals, name, PEEK(0));
    sp--;
    DISPATCH();
  }
  CASE(GET_UPVALUE) PUSH(*closure->upvalues[READ_BYTE()]->location); DISPATCH();
  CASE(SET_UPVALUE) *closure->upvalues[READ_BYTE()]->location = PEEK(0); DISPATCH();
  CASE(GET_PROPERTY) {
    ObjString *name = READ_STRING();
    Value object = PEEK(0);
    if (IS_INSTANCE(object) && (name->chars[0] != '_' || is_own_self(closure, slots, object))) {
      Value value;
      if (table_get_fast(&AS_INSTANCE(object)->fields, name, &value)) {
        PEEK(0) = value;
        DISPATCH();
      }
    }
    Value value;
    TRY(get_property(vm, object, name, FROM_SELF(name, object), &value));
    PEEK(0) = value;
    DISPATCH();
  }
  CASE(GET_PROPERTY_KEEP) {
    ObjString *name = READ_STRING();
    Value value;
    TRY(get_property(vm, PEEK(0), name, FROM_SELF(name, PEEK(0)), &value));
    PUSH(value);
    DISPATCH();
  }
  CASE(SET_PROPERTY) {
    ObjString *name = READ_STRING();
    TRY(set_property(vm, PEEK(1), name, PEEK(0), FROM_SELF(name, PEEK(1))));
    Value value = POP();
    PEEK(0) = value;
    DISPATCH();
  }
  CASE(GET_SUPER) {
    ObjString *name = READ_STRING();
    Value superclass = POP();
    Value value;
    TRY(get_super(vm, AS_CLASS(superclass), PEEK(0), name, &value));
    PEEK(0) = value;
    DISPATCH();
  }
  CASE(GET_INDEX) {
    Value value;
    Value object = PEEK(1), index = PEEK(0);
    if (IS_LIST(object) && IS_NUMBER(index)) {
      ObjList *list = AS_LIST(object);
      double d = AS_NUMBER(index);
      /* In range before the conversion: (int) of a double outside int's
       * range is undefined. */
      if (d >= 0 && d < list->items.count && d == (int)d) {
        sp--;
        PEEK(0) = list->items.values[(int)d];
        DISPATCH();
      }
    }
    TRY(op_get_index(vm, object, index, &value));
    sp--;
    PEEK(0) = value;
    DISPATCH();
  }
  CASE(GET_INDEX_INT) {
    int i = READ_BYTE();
    Value object = PEEK(0);
    if (IS_LIST(object) && i < AS_LIST(object)->items.count) {
      PEEK(0) = AS_LIST(object)->items.values[i];
      DISPATCH();
    }
    Value value;
    TRY(op_get_index(vm, object, NUMBER_VAL(i), &value));
    PEEK(0) = value;
    DISPATCH();
  }
  CASE(GET_INDEX_KEEP) {
    Value value;
    TRY(op_get_index(vm, PEEK(1), PEEK(0), &value));
    PUSH(value);
    DISPATCH();
  }
  CASE(SET_INDEX) {
    TRY(op_set_index(vm, PEEK(2), PEEK(1), PEEK(0)));
    Value value = POP();
    sp--;
    PEEK(0) = value;
    DISPATCH();
  }
  CASE(SLICE) {
    Value value;
    TRY(op_slice(vm, PEEK(2), PEEK(1), PEEK(0), &value));
    sp -= 2;
    PEEK(0) = value;
    DISPATCH();
  }
  CASE(EQUAL) {
    Value b = PEEK(0), a = PEEK(1);
    bool equal;
    if (IS_NUMBER(a) && IS_NUMBER(b)) equal = AS_NUMBER(a) == AS_NUMBER(b);
    else TRY(op_equal(vm, a, b, &equal));
    sp--;
    PEEK(0) = BOOL_VAL(equal);
    DISPATCH();
  }
  CASE(NOT_EQUAL) {
    Value b = PEEK(0), a = PEEK(1);
    bool equal;
    if (IS_NUMBER(a) && IS_NUMBER(b)) equal = AS_NUMBER(a) == AS_NUMBER(b);
    else TRY(op_equal(vm, a, b, &equal));
    sp--;
    PEEK(0) = BOOL_VAL(!equal);
    DISPATCH();
  }
  CASE(GREATER) COMPARE_NUMBER(OP_GREATER, >); DISPATCH();
  CASE(GREATER_EQUAL) COMPARE_NUMBER(OP_GREATER_EQUAL, >=); DISPATCH();
  CASE(LESS) COMPARE_NUMBER(OP_LESS, <); DISPATCH();
  CASE(LESS_EQUAL) COMPARE_NUMBER(OP_LESS_EQUAL, <=); DISPATCH();
  CASE(ADD) BINARY_NUMBER(OP_ADD, NUMBER_VAL(a + b)); DISPATCH();
  CASE(SUBTRACT) BINARY_NUMBER(OP_SUBTRACT, NUMBER_VAL(a - b)); DISPATCH();
  CASE(ADD_SMALL) SMALL_OPERAND(OP_ADD, +); DISPATCH();
  CASE(SUBTRACT_SMALL) SMALL_OPERAND(OP_SUBTRACT, -); DISPATCH();
  CASE(MULTIPLY) BINARY_NUMBER(OP_MULTIPLY, NUMBER_VAL(a * b)); DISPATCH();
  CASE(DIVIDE) BINARY_NUMBER(OP_DIVIDE, NUMBER_VAL(a / b)); DISPATCH();
  CASE(MODULO) BINARY_NUMBER(OP_MODULO, NUMBER_VAL(floor_mod(a, b))); DISPATCH();
  CASE(FLOOR_DIVIDE) BINARY_NUMBER(OP_FLOOR_DIVIDE, NUMBER_VAL(floor(a / b))); DISPATCH();
  CASE(POWER) BINARY_NUMBER(OP_POWER, NUMBER_VAL(pow(a, b))); DISPATCH();
  CASE(BIT_AND)
  CASE(BIT_OR)
  CASE(BIT_XOR)
  CASE(SHIFT_LEFT)
  CASE(SHIFT_RIGHT)
  CASE(SHIFT_URIGHT) {
    Value r;
    TRY(op_arithmetic(vm, (OpCode)ip[-1], PEEK(1), PEEK(0), &r));
    sp--;
    PEEK(0) = r;
    DISPATCH();
  }
  CASE(NEGATE) {
    if (IS_NUMBER(PEEK(0))) {
      PEEK(0) = NUMBER_VAL(-AS_NUMBER(PEEK(0)));
      DISPATCH();
    }
    Value r;
    TRY(op_arithmetic(vm, OP_NEGATE, PEEK(0), NIL_VAL, &r));
    PEEK(0) = r;
    DISPATCH();
  }
  CASE(NOT) PEEK(0) = BOOL_VAL(value_is_falsey(PEEK(0))); DISPATCH();
  CASE(BIT_NOT) {
    Value r;
    TRY(op_arithmetic(vm, OP_BIT_NOT, PEEK(0), NIL_VAL, &r));
    PEEK(0) = r;
    DISPATCH();
  }
  CASE(INC_LOCAL) {
    uint8_t slot = READ_BYTE();
    ADD_TO_LOCAL(slot, NUMBER_VAL((int8_t)READ_BYTE()), true);
    DISPATCH();
  }
  CASE(ADD_LOCAL) {
    uint8_t slot = READ_BYTE();
    ADD_TO_LOCAL(slot, slots[READ_BYTE()], IS_NUMBER(b_));
    DISPATCH();
  }
  CASE(RANGE) {
    Value b = PEEK(0), a = PEEK(1);
    if (!IS_NUMBER(a) || !IS_NUMBER(b)) {
      SAVE_IP();
      vm_raise(vm, EXC_TYPE, "range bounds must be numbers, got %s..%s",
               value_type_name(a), value_type_name(b));
      THROW();
    }
    SAVE_IP();
    ObjRange *range = new_range(vm, AS_NUMBER(a), AS_NUMBER(b));
    sp--;
    PEEK(0) = OBJ_VAL(range);
    DISPATCH();
  }
  CASE(JUMP) {
    uint16_t offset = READ_SHORT();
    ip += offset;
    DISPATCH();
  }
  CASE(JUMP_IF_FALSE) {
    uint16_t offset = READ_SHORT();
    if (value_is_falsey(PEEK(0))) ip += offset;
    DISPATCH();
  }
  CASE(JUMP_IF_TRUE) {
    uint16_t offset = READ_SHORT();
    if (!value_is_falsey(PEEK(0))) ip += offset;
    DISPATCH();
  }
  CASE(POP_JUMP_IF_FALSE) {
    uint16_t offset = READ_SHORT();
    Value v = POP();
    if (v == FALSE_VAL || (v != TRUE_VAL && value_is_falsey(v))) ip += offset;
    DISPATCH();
  }
  CASE(LOOP) {
    uint16_t offset = READ_SHORT();
    ip -= offset;
    if (SB_UNLIKELY(vm_interrupt_requested)) TRY(vm_raise_interrupt(vm));
    DISPATCH();
  }
  CASE(JUMP_IF_NOT_LESS) COMPARE_JUMP(OP_LESS, <); DISPATCH();
  CASE(JUMP_IF_NOT_LESS_EQUAL) COMPARE_JUMP(OP_LESS_EQUAL, <=); DISPATCH();
  CASE(JUMP_IF_NOT_GREATER) COMPARE_JUMP(OP_GREATER, >); DISPATCH();
  CASE(JUMP_IF_NOT_GREATER_EQUAL) COMPARE_JUMP(OP_GREATER_EQUAL, >=); DISPATCH();
  CASE(JUMP_IF_NOT_LESS_SMALL) COMPARE_SMALL_JUMP(OP_LESS, <); DISPATCH();
  CASE(JUMP_IF_NOT_LESS_EQUAL_SMALL) COMPARE_SMALL_JUMP(OP_LESS_EQUAL, <=); DISPATCH();
  CASE(JUMP_IF_NOT_GREATER_SMALL) COMPARE_SMALL_JUMP(OP_GREATER, >); DISPATCH();
  CASE(JUMP_IF_NOT_GREATER_EQUAL_SMALL) COMPARE_SMALL_JUMP(OP_GREATER_EQUAL, >=); DISPATCH();
  CASE(JUMP_IF_NOT_EQUAL)
  CASE(JUMP_IF_EQUAL) {
    bool want_equal = ip[-1] == OP_JUMP_IF_EQUAL;
    uint16_t offset = READ_SHORT();
    Value b = PEEK(0), a = PEEK(1);
    bool equal;
    if (IS_NUMBER(a) && IS_NUMBER(b)) equal = AS_NUMBER(a) == AS_NUMBER(b);
    else TRY(op_equal(vm, a, b, &equal));
    sp -= 2;
    if (equal == want_equal) ip += offset;
    DISPATCH();
  }
  CASE(CALL) {
    uint8_t *start = ip - 1;
    int argc = READ_BYTE();
    Value callee = PEEK(argc);
    if (IS_CLOSURE(callee)) {
      /* The common case inline: a script function given exactly its
       * parameters, with room on the stack, and no interrupt pending (an
       * interrupt takes call_value's path, which raises it, so recursion
       * that never loops can be stopped too). */
      ObjFunction *fn = AS_CLOSURE(callee)->function;
      if (fn->arity == argc && !fn->variadic && fiber->frame_count < FIBER_MAX_FRAMES &&
          sp + fn->max_slots <= fiber->stack_limit && !vm_interrupt_requested) {
        frame->ip = ip;
        frame = fiber_frame(fiber, fiber->frame_count++);
        frame->closure = closure = AS_CLOSURE(callee);
        frame->ip = ip = fn->chunk.code;
        frame->slots = slots = sp - argc - 1;
        DISPATCH();
      }
    } else if (IS_NATIVE(callee)) { /* a builtin function: called here too */
      TRY_CALL(call_native(vm, AS_NATIVE(callee), argc), start);
      DISPATCH();
    }
    bool pushed;
    TRY_CALL(call_value(vm, argc, &pushed), start);
    if (pushed) LOAD_FRAME();
    DISPATCH();
  }
  CASE(INVOKE) {
    uint8_t *start = ip - 1;
    Chunk *chunk = &closure->function->chunk;
    uint16_t constant = READ_SHORT();
    int argc = READ_BYTE();
    ObjString *name = AS_STRING(chunk->constants.values[constant]);
    NameCache *cache = &chunk->name_caches[constant];
    /* Most calls: a native method of a built-in type's value or a native
     * class's object, called here; invoke() does the rest, and raises. */
    Table *natives = native_methods(vm, PEEK(argc));
    Value method;
    if (natives != NULL && table_get_cached(natives, name, cache, &method) && IS_NATIVE(method)) {
      TRY_CALL(call_native(vm, AS_NATIVE(method), argc), start);
      DISPATCH();
    }
    bool pushed;
    TRY_CALL(invoke(vm, name, cache, argc, FROM_SELF(name, PEEK(argc)), &pushed), start);
    if (pushed) LOAD_FRAME();
    DISPATCH();
  }
  CASE(SUPER_INVOKE) {
    ObjString *name = READ_STRING();
    int argc = READ_BYTE();
    ObjClass *superclass = AS_CLASS(POP());
    bool pushed;
    TRY(super_invoke(vm, superclass, name, argc, &pushed));
    if (pushed) LOAD_FRAME();
    DISPATCH();
  }
  CASE(CLOSURE) {
    ObjFunction *function = AS_FUNCTION(READ_CONSTANT());
    SAVE_IP();
    ObjClosure *made = new_closure(vm, function);
    PUSH(OBJ_VAL(made));
    SAVE_IP();
    for (int i = 0; i < made->upvalue_count; i++) {
      uint8_t is_local = READ_BYTE();
      uint8_t index = READ_BYTE();
      made->upvalues[i] = is_local ? capture_upvalue(vm, slots + index)
                                   : closure->upvalues[index];
    }
    DISPATCH();
  }
  CASE(CLOSE_UPVALUE) {
    close_upvalues(fiber, sp - 1);
    sp--;
    DISPATCH();
  }
  CASE(RETURN)
    result = POP();
  do_return:
    /* Finally blocks of this frame run first, then return the result. */
    while (fiber->handler_count > 0 &&
           fiber->handlers[fiber->handler_count - 1].frame_count == fiber->frame_count) {
      Handler h = fiber->handlers[--fiber->handler_count];
      if (!h.is_finally) continue;
      Value *depth = fiber->stack + h.stack_depth;
      close_upvalues(fiber, depth);
      sp = depth;
      PUSH(NUMBER_VAL(FINALLY_RETURN));
      PUSH(result);
      ip = h.ip;
      DISPATCH();
    }
    if (fiber->open_upvalues != NULL) close_upvalues(fiber, slots);
    fiber->frame_count--;
    sp = slots;
    PUSH(result);
    if (fiber->frame_count == base_frames) {
      fiber->stack_top = sp;
      if (base_frames > 0 || fiber->is_main) return true;
      scheduler_finish(vm, fiber, result, false); /* a spawned fiber ends */
      goto next_fiber;
    }
    LOAD_FRAME();
    DISPATCH();
  CASE(ARG_DEFAULT) {
    uint8_t slot = READ_BYTE();
    uint16_t skip = READ_SHORT();
    if (!IS_EMPTY(slots[slot])) ip += skip;
    DISPATCH();
  }
  CASE(LIST) {
    int count = READ_BYTE();
    SAVE_IP();
    ObjList *list = new_list(vm);
    Value *items = sp - count;
    PUSH(OBJ_VAL(list));
    SAVE_IP();
    for (int i = 0; i < count; i++) value_array_write(vm, &list->items, items[i]);
    sp -= count + 1;
    PUSH(OBJ_VAL(list));
    DISPATCH();
  }
  CASE(LIST_APPEND) {
    int count = READ_BYTE();
    SAVE_IP();
    Value *items = sp - count;
    ObjList *list = AS_LIST(items[-1]);
    for (int i = 0; i < count; i++) value_array_write(vm, &list->items, items[i]);
    sp -= count;
    DISPATCH();
  }
  CASE(DICT)
  CASE(DICT_ADD) {
    bool create = ip[-1] == OP_DICT;
    int count = READ_BYTE();
    SAVE_IP();
    Value *items = sp - 2 * count;
    ObjDict *dict;
    if (create) {
      dict = new_dict(vm);
      PUSH(OBJ_VAL(dict));
      SAVE_IP();
    } else {
      dict = AS_DICT(items[-1]);
    }
    for (int i = 0; i < count; i++) dict_set(vm, &dict->dict, items[2 * i], items[2 * i + 1]);
    sp = items;
    if (create) PUSH(OBJ_VAL(dict));
    DISPATCH();
  }
  CASE(INTERPOLATE) {
    int count = READ_BYTE();
    TRY(op_interpolate(vm, count));
    DISPATCH();
  }
  CASE(ECHO) {
    TRY(echo_value(vm, PEEK(0), false));
    sp--;
    DISPATCH();
  }
  CASE(REPL_ECHO) {
    if (!IS_NIL(PEEK(0))) TRY(echo_value(vm, PEEK(0), true));
    sp--;
    DISPATCH();
  }
  CASE(FOR_ITER) {
    uint8_t base = READ_BYTE();
    uint16_t exit = READ_SHORT();
    Value *loop = slots + base;
    if (IS_LIST(loop[0]) && (IS_NUMBER(loop[1]) || IS_NIL(loop[1]))) {
      ObjList *list = AS_LIST(loop[0]);
      double next = IS_NIL(loop[1]) ? 0 : AS_NUMBER(loop[1]);
      if (next >= list->items.count) {
        ip += exit;
        DISPATCH();
      }
      loop[1] = NUMBER_VAL(next + 1);
      loop[3] = NUMBER_VAL(next);
      loop[4] = list->items.values[(int)next];
      DISPATCH();
    }
    bool done;
    TRY(op_for_iter(vm, loop, &done));
    if (done) ip += exit;
    DISPATCH();
  }
  CASE(CLASS) {
    ObjString *name = READ_STRING();
    SAVE_IP();
    PUSH(OBJ_VAL(new_class(vm, name)));
    DISPATCH();
  }
  CASE(INHERIT) {
    TRY(class_inherit(vm, AS_CLASS(PEEK(0)), PEEK(1)));
    DISPATCH();
  }
  CASE(METHOD) {
    ObjString *name = READ_STRING();
    TRY(class_add_method(vm, AS_CLASS(PEEK(1)), name, PEEK(0)));
    sp--;
    DISPATCH();
  }
  CASE(STATIC_METHOD)
  CASE(STATIC_FIELD) {
    ObjString *name = READ_STRING();
    SAVE_IP();
    table_set(vm, &AS_CLASS(PEEK(1))->statics, name, PEEK(0));
    sp--;
    DISPATCH();
  }
  CASE(FIELD) {
    ObjString *name = READ_STRING();
    SAVE_IP();
    table_set(vm, &AS_CLASS(PEEK(1))->fields, name, PEEK(0));
    sp--;
    DISPATCH();
  }
  CASE(TRY)
  CASE(TRY_FINALLY) {
    bool is_finally = ip[-1] == OP_TRY_FINALLY;
    uint16_t offset = READ_SHORT();
    SAVE_IP();
    push_handler(vm, ip + offset, is_finally);
    DISPATCH();
  }
  CASE(POP_TRY) fiber->handler_count -= READ_BYTE(); DISPATCH();
  CASE(RAISE) {
    SAVE_IP(); /* the exception stays on the stack, reachable, until unwinding */
    vm_raise_value(vm, PEEK(0));
    THROW();
  }
  CASE(MATCH_EXCEPTION) {
    Value klass = PEEK(0), exception = PEEK(1);
    if (!IS_CLASS(klass)) {
      SAVE_IP();
      vm_raise(vm, EXC_TYPE, "catch needs an exception class, got %s", value_type_name(klass));
      THROW();
    }
    /* A KeyboardInterrupt matches only a clause naming it (or a class
     * below it), not Exception: Ctrl-C gets out of `catch Exception e`. */
    ObjClass *interrupt = vm->exception_classes[EXC_INTERRUPT];
    bool match = false;
    if (IS_INSTANCE(exception))
      for (ObjClass *c = AS_INSTANCE(exception)->klass; c && !match; c = c->superclass) {
        match = c == AS_CLASS(klass);
        if (c == interrupt) break;
      }
    sp--;
    PEEK(0) = BOOL_VAL(match);
    DISPATCH();
  }
  CASE(PASS_INTERRUPT) {
    if (vm_is_interrupt(vm, PEEK(0))) {
      SAVE_IP();
      vm_raise_value(vm, PEEK(0));
      THROW();
    }
    DISPATCH();
  }
  CASE(END_FINALLY) {
    Value payload = POP();
    int kind = (int)AS_NUMBER(POP());
    if (kind == FINALLY_RAISE) {
      vm->exception = payload;
      SAVE_IP();
      THROW();
    }
    if (kind == FINALLY_RETURN) {
      result = payload;
      goto do_return;
    }
    if (kind == FINALLY_JUMP) ip = closure->function->chunk.code + (int)AS_NUMBER(payload);
    DISPATCH();
  }
  CASE(ASSERT) {
    bool has_message = READ_BYTE();
    Value message = has_message ? POP() : NIL_VAL;
    Value condition = POP();
    if (value_is_falsey(condition)) {
      PUSH(condition);
      PUSH(message);
      SAVE_IP();
      assert_failed(vm, has_message, message);
      THROW();
    }
    DISPATCH();
  }
  CASE(IMPORT) {
    ObjString *path = READ_STRING();
    Value module;
    TRY(import_module(vm, path, &module));
    PUSH(module);
    DISPATCH();
  }
  CASE(IMPORT_NAME) {
    ObjString *name = READ_STRING();
    Value value;
    TRY(get_property(vm, PEEK(0), name, false, &value));
    PUSH(value);
    DISPATCH();
  }
  CASE(IMPORT_ALL) {
    TRY(import_all(vm, AS_MODULE(PEEK(0)), closure->function->module));
    DISPATCH();
  }

#ifndef SB_COMPUTED_GOTO
  }
#endif

throw_exception:
  if (!unwind(vm, base_frames)) {
    if (base_frames > 0 || fiber->is_main) return false;
    /* Uncaught in a spawned fiber: report it and end only that fiber. */
    Value exception = vm->exception;
    vm->exception = NIL_VAL;
    error_report_uncaught(vm, exception);
    if (IS_OBJ(exception)) AS_OBJ(exception)->reported = true;
    scheduler_finish(vm, fiber, exception, true);
    goto next_fiber;
  }
  LOAD_FRAME();
  sp = fiber->stack_top;
  DISPATCH();

switch_fiber:
  vm->parked = false;
next_fiber: {
  ObjFiber *next = scheduler_next(vm);
  if (next == NULL) { /* every spawned fiber has ended */
    vm->fiber = vm->main_fiber;
    return true;
  }
  fiber = vm->fiber = next;
  LOAD_FRAME();
  sp = fiber->stack_top;
  DISPATCH();
}
}
