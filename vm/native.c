/* Helpers for natives: argument checks with messages that name the
 * function and the argument, table registration, and calling back into
 * script code from C. */
#include <stdio.h>
#include <string.h>

#include "format.h"
#include "native.h"

const char *native_current_name(VM *vm) {
  return vm->current_native ? vm->current_native->name->chars : "<native>";
}

bool raise_arg_type(VM *vm, Value *args, int index, const char *name,
                    const char *expected) {
  return vm_raise(vm, EXC_TYPE, "%s(): argument %d (%s) must be %s, got %s",
                  native_current_name(vm), index + 1, name, expected,
                  value_type_name(args[index]));
}

bool raise_not_int(VM *vm, Value *args, int index, const char *name) {
  if (!IS_NUMBER(args[index])) return raise_arg_type(vm, args, index, name, "an integer");
  double d = AS_NUMBER(args[index]);
  char got[32];
  format_number(d, got);
  if (number_is_whole(d)) /* too big to be exact: 2^53 + 1 would read as 2^53 */
    return vm_raise(vm, EXC_VALUE, "%s(): argument %d (%s) must be an integer between "
                    "-2^53 and 2^53, got %s", native_current_name(vm), index + 1, name, got);
  return vm_raise(vm, EXC_VALUE, "%s(): argument %d (%s) must be an integer, got %s",
                  native_current_name(vm), index + 1, name, got);
}

bool check_number_range(VM *vm, Value *args, int index, const char *name, double min,
                        double max) {
  if (!check_number(vm, args, index, name)) return false;
  double d = AS_NUMBER(args[index]);
  if (d >= min && d <= max) return true; /* false for nan */
  char low[32], high[32], got[32];
  format_number(min, low);
  format_number(max, high);
  format_number(d, got);
  return vm_raise(vm, EXC_VALUE, "%s(): %s must be between %s and %s, got %s",
                  native_current_name(vm), name, low, high, got);
}

bool check_int_range(VM *vm, Value *args, int index, const char *name,
                     double min, double max) {
  /* A whole number out of range is told the range, however big it is. */
  bool whole = IS_NUMBER(args[index]) && number_is_whole(AS_NUMBER(args[index]));
  if (!whole && !check_int(vm, args, index, name)) return false;
  double d = AS_NUMBER(args[index]);
  if (d >= min && d <= max) return true;
  char got[32];
  format_number(d, got);
  return vm_raise(vm, EXC_VALUE, "%s(): %s must be between %.0f and %.0f, got %s",
                  native_current_name(vm), name, min, max, got);
}

bool check_text(VM *vm, Value *args, int index, const char *name) {
  if (!check_string(vm, args, index, name)) return false;
  const ObjString *text = AS_STRING(args[index]);
  if (memchr(text->chars, '\0', (size_t)text->length) == NULL) return true;
  return vm_raise(vm, EXC_VALUE, "%s(): %s must not contain NUL bytes", native_current_name(vm),
                  name);
}

static bool is_callable(Value v) {
  if (!IS_OBJ(v)) return false;
  switch (OBJ_TYPE(v)) {
  case OBJ_CLOSURE: case OBJ_NATIVE: case OBJ_BOUND_METHOD: case OBJ_CLASS: return true;
  default: return false;
  }
}

bool check_callable(VM *vm, Value *args, int index, const char *name) {
  return is_callable(args[index]) || raise_arg_type(vm, args, index, name, "a function");
}

void define_natives(VM *vm, Table *table, const char *owner,
                    const SbFunction *methods) {
  for (const SbFunction *m = methods; m->name != NULL; m++) {
    char qualified[128];
    if (owner && owner[0]) snprintf(qualified, sizeof qualified, "%s.%s", owner, m->name);
    else snprintf(qualified, sizeof qualified, "%s", m->name);
    ObjString *key = copy_cstring(vm, m->name);
    vm_push(vm, OBJ_VAL(key));
    ObjNative *native = new_native(vm, qualified, m->fn, m->min_args, m->max_args, m->doc);
    vm_push(vm, OBJ_VAL(native));
    table_set(vm, table, key, OBJ_VAL(native));
    vm_pop(vm);
    vm_pop(vm);
  }
}

bool call_function(VM *vm, Value callee, int argc, const Value *argv, Value *result) {
  ObjFiber *fiber = vm->fiber;
  if (fiber->stack_top + argc + 1 > fiber->stack_limit)
    return vm_raise(vm, EXC_RANGE, "stack overflow");
  vm_push(vm, callee);
  for (int i = 0; i < argc; i++) vm_push(vm, argv[i]);
  if (!vm_call_value(vm, argc)) return false;
  *result = vm_pop(vm);
  return true;
}

void dict_set_cstr(VM *vm, ObjDict *dict, const char *key, Value value) {
  vm_push(vm, value);
  Value k = OBJ_VAL(copy_cstring(vm, key));
  vm_push(vm, k);
  dict_set(vm, &dict->dict, k, value);
  vm->fiber->stack_top -= 2;
}

bool normalize_index(VM *vm, double index, int length, int *out) {
  bool whole = number_is_whole(index);
  double i = index < 0 ? index + length : index;
  if (SB_LIKELY(whole && i >= 0 && i < length)) {
    *out = (int)i;
    return true;
  }
  char text[32];
  format_number(index, text);
  if (!whole) return vm_raise(vm, EXC_VALUE, "index must be an integer, got %s", text);
  if (vm->current_native == NULL)
    return vm_raise(vm, EXC_RANGE, "index %s out of range for length %d", text, length);
  return vm_raise(vm, EXC_RANGE, "%s(): index %s out of range for length %d",
                  native_current_name(vm), text, length);
}
