/* Calls and member access: calling closures, natives, classes and bound
 * methods; method invocation on every kind of receiver; property get and
 * set; upvalue capture; building classes (methods, inheritance). */
#include <stdio.h>

#include "error.h"
#include "interrupt.h"
#include "memory.h"
#include "vm_internal.h"

static bool arity_error(VM *vm, const char *name, int min, int max, int argc) {
  if (min == max)
    return vm_raise(vm, EXC_ARGUMENT, "%s() takes %d argument%s, got %d", name, min,
                    min == 1 ? "" : "s", argc);
  if (max < 0)
    return vm_raise(vm, EXC_ARGUMENT, "%s() takes at least %d argument%s, got %d", name,
                    min, min == 1 ? "" : "s", argc);
  return vm_raise(vm, EXC_ARGUMENT, "%s() takes %d to %d arguments, got %d", name, min,
                  max, argc);
}

static const char *function_display_name(ObjFunction *fn) {
  return fn->name && fn->name->length ? fn->name->chars : "<script>";
}

/* Pushes a frame for closure; arguments are on the stack above its slot. */
static bool call_closure(VM *vm, ObjClosure *closure, int argc) {
  ObjFunction *fn = closure->function;
  ObjFiber *fiber = vm->fiber;
  if (SB_UNLIKELY(vm_interrupt_requested)) return vm_raise_interrupt(vm);
  if (SB_UNLIKELY(argc != fn->arity)) {
    if (argc < fn->min_arity || (argc > fn->arity && !fn->variadic))
      return arity_error(vm, function_display_name(fn), fn->min_arity,
                         fn->variadic ? -1 : fn->arity, argc);
    if (argc > fn->arity) {
      int extra = argc - fn->arity;
      ObjList *rest = new_list(vm);
      Value *first = fiber->stack_top - extra;
      vm_push(vm, OBJ_VAL(rest));
      for (int i = 0; i < extra; i++) value_array_write(vm, &rest->items, first[i]);
      fiber->stack_top = first;
      vm_push(vm, OBJ_VAL(rest));
      argc = fn->arity + 1;
    } else {
      for (; argc < fn->arity; argc++) vm_push(vm, EMPTY_VAL);
    }
  }
  if (fn->variadic && argc == fn->arity) {
    vm_push(vm, OBJ_VAL(new_list(vm)));
    argc++;
  }
  if (SB_UNLIKELY(fiber->frame_count == FIBER_MAX_FRAMES ||
                  fiber->stack_top + fn->max_slots > fiber->stack_limit))
    return vm_raise(vm, EXC_RANGE, "stack overflow: more than %d nested calls",
                    fiber->frame_count);
  CallFrame *frame = fiber_frame(fiber, fiber->frame_count++);
  frame->closure = closure;
  frame->ip = fn->chunk.code;
  frame->slots = fiber->stack_top - argc - 1;
  return true;
}

bool call_native(VM *vm, ObjNative *native, int argc) {
  /* Below min_args, the difference wraps past any extra_args. */
  if (SB_UNLIKELY((uint32_t)(argc - native->min_args) > native->extra_args))
    return arity_error(vm, native->name->chars, native->min_args, native->max_args, argc);
  ObjNative *saved = vm->current_native;
  vm->current_native = native;
  Value *args = vm->fiber->stack_top - argc;
  bool ok = native->fn(vm, argc, args);
  vm->current_native = saved;
  /* State kept for a re-run that will not come (the call did not park). */
  if (SB_UNLIKELY(vm->fiber->native_state != NULL) && !vm->parked)
    fiber_drop_native_state(vm->fiber);
  if (!ok) return false;
  vm->fiber->stack_top = args;
  return true;
}

/* Calls a method (closure or native) with the receiver already in the
 * callee slot. */
static bool call_method(VM *vm, Value method, int argc, bool *pushed) {
  if (IS_CLOSURE(method)) {
    *pushed = true;
    return call_closure(vm, AS_CLOSURE(method), argc);
  }
  *pushed = false;
  return call_native(vm, AS_NATIVE(method), argc);
}

static bool call_class(VM *vm, ObjClass *klass, int argc, bool *pushed) {
  Value *slot = vm->fiber->stack_top - argc - 1;
  if (klass->foreign != NULL && IS_EMPTY(klass->initializer))
    return vm_raise(vm, EXC_TYPE, "%s cannot be created directly", klass->name->chars);
  *slot = klass->foreign ? OBJ_VAL(new_foreign(vm, klass)) : OBJ_VAL(new_instance(vm, klass));
  if (!IS_EMPTY(klass->initializer)) return call_method(vm, klass->initializer, argc, pushed);
  *pushed = false;
  if (argc != 0) return arity_error(vm, klass->name->chars, 0, 0, argc);
  return true;
}

bool call_value(VM *vm, int argc, bool *pushed) {
  Value callee = vm->fiber->stack_top[-argc - 1];
  *pushed = false;
  if (IS_OBJ(callee)) {
    switch (OBJ_TYPE(callee)) {
    case OBJ_CLOSURE:
      *pushed = true;
      return call_closure(vm, AS_CLOSURE(callee), argc);
    case OBJ_NATIVE: return call_native(vm, AS_NATIVE(callee), argc);
    case OBJ_CLASS: return call_class(vm, AS_CLASS(callee), argc, pushed);
    case OBJ_BOUND_METHOD: {
      ObjBoundMethod *bound = AS_BOUND_METHOD(callee);
      vm->fiber->stack_top[-argc - 1] = bound->receiver;
      return call_method(vm, OBJ_VAL(bound->method), argc, pushed);
    }
    default: break;
    }
  }
  return vm_raise(vm, EXC_TYPE, "%s is not callable", value_type_name(callee));
}

bool vm_call_value(VM *vm, int argc) {
  bool pushed;
  if (!call_value(vm, argc, &pushed)) return false;
  if (!pushed) return true;
  if (vm->native_depth >= 200)
    return vm_raise(vm, EXC_RANGE, "stack overflow: callbacks nested too deeply");
  vm->native_depth++;
  ObjNative *caller = vm->current_native; /* script code runs outside it */
  vm->current_native = NULL;
  bool ok = vm_run(vm, vm->fiber->frame_count - 1);
  vm->current_native = caller;
  vm->native_depth--;
  return ok;
}

/* ---- members ---- */

static bool is_private(ObjString *name) { return name->length > 0 && name->chars[0] == '_'; }

Table *native_methods(VM *vm, Value v) {
  if (!IS_OBJ(v)) return NULL;
  return IS_FOREIGN(v) ? &AS_FOREIGN(v)->klass->methods : vm->methods_of_type[OBJ_TYPE(v)];
}

static bool no_member(VM *vm, Value object, ObjString *name, const char *what) {
  ObjClass *klass = class_of(object);
  if (IS_CLASS(object)) klass = AS_CLASS(object);
  if (IS_MODULE(object))
    return vm_raise(vm, EXC_PROPERTY, "module '%s' has no %s '%s'",
                    AS_MODULE(object)->name->chars, what, name->chars);
  return vm_raise(vm, EXC_PROPERTY, "%s has no %s '%s'",
                  klass ? klass->name->chars : value_type_name(object), what, name->chars);
}

static bool private_error(VM *vm, Value object, ObjString *name) {
  ObjClass *klass = class_of(object);
  return vm_raise(vm, EXC_ACCESS, "cannot access private member '%s' of %s", name->chars,
                  IS_MODULE(object) ? AS_MODULE(object)->name->chars
                  : klass ? klass->name->chars : value_type_name(object));
}

/* The private (_name) members of instances, classes and modules are open
 * only to their own self; natives' members are never private. */
static inline bool check_access(VM *vm, Value object, ObjString *name, bool from_self) {
  if (from_self || !is_private(name) ||
      !(IS_INSTANCE(object) || IS_MODULE(object) || IS_CLASS(object)))
    return true;
  return private_error(vm, object, name);
}

bool called_from_self(VM *vm, Value object) {
  ObjFiber *fiber = vm->fiber;
  if (fiber->frame_count == 0) return false;
  CallFrame *frame = fiber_frame(fiber, fiber->frame_count - 1);
  return is_own_self(frame->closure, frame->slots, object);
}

bool invoke(VM *vm, ObjString *name, NameCache *cache, int argc, bool from_self, bool *pushed) {
  Value receiver = vm->fiber->stack_top[-argc - 1];
  Value method;
  *pushed = false;
  /* Natives' receivers first: most calls are to them, and their methods
   * are never private. */
  Table *natives = native_methods(vm, receiver);
  if (natives != NULL) {
    if (table_get_cached(natives, name, cache, &method))
      return call_method(vm, method, argc, pushed);
    return no_member(vm, receiver, name, "method");
  }
  if (!check_access(vm, receiver, name, from_self)) return false;
  if (IS_INSTANCE(receiver)) {
    ObjInstance *instance = AS_INSTANCE(receiver);
    if (table_get(&instance->fields, name, &method)) {
      vm->fiber->stack_top[-argc - 1] = method;
      return call_value(vm, argc, pushed);
    }
    if (table_get_cached(&instance->klass->methods, name, cache, &method))
      return call_method(vm, method, argc, pushed);
    return no_member(vm, receiver, name, "method");
  }
  if (IS_CLASS(receiver) || IS_MODULE(receiver)) {
    Value value;
    if (!get_property(vm, receiver, name, from_self, &value)) return false;
    if (IS_CLASS(receiver) && (IS_CLOSURE(value) || IS_NATIVE(value))) {
      return call_method(vm, value, argc, pushed); /* static: self is the class */
    }
    /* A module's native leaves the module in the receiver's slot: a call
     * that parks runs this instruction again, which must find it there. */
    if (IS_NATIVE(value)) return call_native(vm, AS_NATIVE(value), argc);
    vm->fiber->stack_top[-argc - 1] = value;
    return call_value(vm, argc, pushed);
  }
  return vm_raise(vm, EXC_PROPERTY, "%s has no method '%s'", value_type_name(receiver),
                  name->chars);
}

bool super_invoke(VM *vm, ObjClass *superclass, ObjString *name, int argc, bool *pushed) {
  Value method;
  *pushed = false;
  if (name->length == 0) {
    if (IS_EMPTY(superclass->initializer)) {
      if (argc == 0) return true;
      return arity_error(vm, superclass->name->chars, 0, 0, argc);
    }
    return call_method(vm, superclass->initializer, argc, pushed);
  }
  if (!table_get(&superclass->methods, name, &method))
    return vm_raise(vm, EXC_PROPERTY, "%s has no method '%s'", superclass->name->chars,
                    name->chars);
  return call_method(vm, method, argc, pushed);
}

static bool bind(VM *vm, Value receiver, Value method, Value *out) {
  *out = OBJ_VAL(new_bound_method(vm, receiver, AS_OBJ(method)));
  return true;
}

/* Where a member is found: a value to give as it is, a method to bind to
 * the object, or a native class's getter to call. */
typedef enum { MEMBER_NONE, MEMBER_VALUE, MEMBER_METHOD, MEMBER_GETTER } MemberKind;

/* Finds the member name of object, its value, method or getter in *found;
 * the one place that knows where each kind of object keeps its members. */
static MemberKind find_member(VM *vm, Value object, ObjString *name, Value *found) {
  if (IS_INSTANCE(object)) {
    ObjInstance *instance = AS_INSTANCE(object);
    if (table_get(&instance->fields, name, found)) return MEMBER_VALUE;
    if (table_get(&instance->klass->methods, name, found)) return MEMBER_METHOD;
    return MEMBER_NONE;
  }
  if (IS_FOREIGN(object)) {
    ObjClass *klass = AS_FOREIGN(object)->klass;
    if (table_get(&klass->getters, name, found)) return MEMBER_GETTER;
    if (table_get(&klass->methods, name, found)) return MEMBER_METHOD;
    return MEMBER_NONE;
  }
  if (IS_CLASS(object)) {
    for (ObjClass *k = AS_CLASS(object); k != NULL; k = k->superclass)
      if (table_get(&k->statics, name, found)) return MEMBER_VALUE;
    return MEMBER_NONE;
  }
  if (IS_MODULE(object))
    return table_get(&AS_MODULE(object)->globals, name, found) ? MEMBER_VALUE : MEMBER_NONE;
  Table *methods = native_methods(vm, object);
  return methods != NULL && table_get(methods, name, found) ? MEMBER_METHOD : MEMBER_NONE;
}

static bool call_getter(VM *vm, Value object, Value getter, Value *out) {
  vm_push(vm, object); /* the receiver slot, which receives the result */
  ObjNative *saved = vm->current_native;
  vm->current_native = AS_NATIVE(getter);
  bool ok = AS_NATIVE(getter)->fn(vm, 0, vm->fiber->stack_top);
  vm->current_native = saved;
  *out = vm_pop(vm);
  return ok;
}

static bool missing_property(VM *vm, Value object, ObjString *name) {
  return no_member(vm, object, name,
                   IS_CLASS(object) ? "static member" : IS_MODULE(object) ? "member" : "property");
}

bool find_property(VM *vm, Value object, ObjString *name, bool from_self, Value *out) {
  if (!check_access(vm, object, name, from_self)) return false;
  Value found;
  switch (find_member(vm, object, name, &found)) {
  case MEMBER_VALUE: *out = found; return true;
  case MEMBER_METHOD: return bind(vm, object, found, out);
  case MEMBER_GETTER: return call_getter(vm, object, found, out);
  case MEMBER_NONE: break;
  }
  *out = EMPTY_VAL;
  return true;
}

bool has_property(VM *vm, Value object, ObjString *name, bool from_self, bool *out) {
  if (!check_access(vm, object, name, from_self)) return false;
  Value found;
  *out = find_member(vm, object, name, &found) != MEMBER_NONE;
  return true;
}

bool get_property(VM *vm, Value object, ObjString *name, bool from_self, Value *out) {
  if (!find_property(vm, object, name, from_self, out)) return false;
  return !IS_EMPTY(*out) || missing_property(vm, object, name);
}

bool set_property(VM *vm, Value object, ObjString *name, Value value, bool from_self) {
  if (!check_access(vm, object, name, from_self)) return false;
  if (IS_INSTANCE(object)) {
    table_set(vm, &AS_INSTANCE(object)->fields, name, value);
    return true;
  }
  if (IS_CLASS(object)) {
    table_set(vm, &AS_CLASS(object)->statics, name, value);
    return true;
  }
  if (IS_FOREIGN(object)) {
    Value setter;
    ObjClass *klass = AS_FOREIGN(object)->klass;
    if (table_get(&klass->setters, name, &setter)) {
      vm_push(vm, object);
      vm_push(vm, value);
      ObjNative *saved = vm->current_native;
      vm->current_native = AS_NATIVE(setter);
      bool ok = AS_NATIVE(setter)->fn(vm, 1, vm->fiber->stack_top - 1);
      vm->current_native = saved;
      vm->fiber->stack_top -= 2;
      return ok;
    }
    if (table_get(&klass->getters, name, &setter))
      return vm_raise(vm, EXC_PROPERTY, "%s.%s is read-only", klass->name->chars, name->chars);
  }
  return vm_raise(vm, EXC_PROPERTY, "cannot set property '%s' on %s", name->chars,
                  value_type_name(object));
}

bool delete_property(VM *vm, Value object, ObjString *name, bool from_self, bool *existed) {
  if (!check_access(vm, object, name, from_self)) return false;
  if (IS_INSTANCE(object)) *existed = table_delete(&AS_INSTANCE(object)->fields, name);
  else if (IS_CLASS(object)) *existed = table_delete(&AS_CLASS(object)->statics, name);
  else return vm_raise(vm, EXC_PROPERTY, "cannot delete property '%s' of %s", name->chars,
                       value_type_name(object));
  return true;
}

bool get_super(VM *vm, ObjClass *superclass, Value receiver, ObjString *name, Value *out) {
  Value method;
  if (!table_get(&superclass->methods, name, &method))
    return vm_raise(vm, EXC_PROPERTY, "%s has no method '%s'", superclass->name->chars,
                    name->chars);
  return bind(vm, receiver, method, out);
}

/* ---- upvalues ---- */

ObjUpvalue *capture_upvalue(VM *vm, Value *local) {
  ObjFiber *fiber = vm->fiber;
  ObjUpvalue *previous = NULL;
  ObjUpvalue *upvalue = fiber->open_upvalues;
  while (upvalue != NULL && upvalue->location > local) {
    previous = upvalue;
    upvalue = upvalue->next;
  }
  if (upvalue != NULL && upvalue->location == local) return upvalue;
  ObjUpvalue *created = new_upvalue(vm, local);
  created->next = upvalue;
  if (previous == NULL) fiber->open_upvalues = created;
  else previous->next = created;
  return created;
}

void close_upvalues(ObjFiber *fiber, Value *last) {
  while (fiber->open_upvalues != NULL && fiber->open_upvalues->location >= last) {
    ObjUpvalue *upvalue = fiber->open_upvalues;
    upvalue->closed = *upvalue->location;
    upvalue->location = &upvalue->closed;
    fiber->open_upvalues = upvalue->next;
  }
}

/* ---- classes ---- */

bool class_add_method(VM *vm, ObjClass *klass, ObjString *name, Value method) {
  table_set(vm, &klass->methods, name, method);
  if (strings_equal(name, klass->name)) klass->initializer = method;
  return true;
}

bool class_inherit(VM *vm, ObjClass *klass, Value superclass) {
  if (!IS_CLASS(superclass))
    return vm_raise(vm, EXC_TYPE, "a class can only inherit from a class, got %s",
                    value_type_name(superclass));
  ObjClass *parent = AS_CLASS(superclass);
  if (parent->foreign != NULL)
    return vm_raise(vm, EXC_TYPE, "cannot inherit from the native class %s",
                    parent->name->chars);
  class_set_superclass(vm, klass, parent);
  return true;
}
