/* The list methods that call a script function per item: map, filter,
 * reduce and each. The function gets (item, index) - or (accumulator,
 * item, index) for reduce - cut to the parameters it declares. The
 * callback may change the list, so bounds are re-read every step. */
#include "builtins.h"
#include "lib_util.h"
#include "native.h"

#define SELF AS_LIST(args[-1])

/* Calls fn for item i. The caller keeps the item pushed meanwhile, so it
 * stays alive even if the callback removes it from the list. */
static bool call_with_item(VM *vm, Value fn, Value item, int i, Value *result) {
  Value argv[2] = {item, NUMBER_VAL(i)};
  return lib_callback(vm, fn, 2, argv, 1, result);
}

static bool collect(VM *vm, Value *args, bool filter) {
  if (!check_callable(vm, args, 0, "function")) return false;
  ObjList *out = new_list(vm);
  vm_push(vm, OBJ_VAL(out));
  bool ok = true;
  for (int i = 0; ok && i < SELF->items.count; i++) {
    Value result;
    vm_push(vm, SELF->items.values[i]);
    ok = call_with_item(vm, args[0], vm_peek(vm, 0), i, &result);
    if (ok && !filter) lib_list_append(vm, out, result);
    if (ok && filter && !value_is_falsey(result)) lib_list_append(vm, out, vm_peek(vm, 0));
    vm_pop(vm);
  }
  vm_pop(vm);
  if (!ok) return false;
  RETURN_OBJ(out);
}

static bool list_method_map(VM *vm, int argc, Value *args) {
  (void)argc;
  return collect(vm, args, false);
}

static bool list_method_filter(VM *vm, int argc, Value *args) {
  (void)argc;
  return collect(vm, args, true);
}

static bool list_method_each(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!check_callable(vm, args, 0, "function")) return false;
  for (int i = 0; i < SELF->items.count; i++) {
    Value ignored;
    vm_push(vm, SELF->items.values[i]);
    bool ok = call_with_item(vm, args[0], vm_peek(vm, 0), i, &ignored);
    vm_pop(vm);
    if (!ok) return false;
  }
  RETURN_NIL;
}

static bool list_method_reduce(VM *vm, int argc, Value *args) {
  if (!check_callable(vm, args, 0, "function")) return false;
  int i = 0;
  Value accumulator = argc > 1 ? args[1] : NIL_VAL;
  if (argc == 1 && SELF->items.count > 0) accumulator = SELF->items.values[i++];
  vm_push(vm, accumulator); /* the slot keeps the latest accumulator alive */
  for (; i < SELF->items.count; i++) {
    Value argv[3] = {accumulator, SELF->items.values[i], NUMBER_VAL(i)};
    if (!lib_callback(vm, args[0], 3, argv, 2, &accumulator)) {
      vm_pop(vm);
      return false;
    }
    vm->fiber->stack_top[-1] = accumulator;
  }
  vm_pop(vm);
  RETURN_VAL(accumulator);
}

void lib_list_func_init(VM *vm) {
  define_natives(vm, &vm->list_methods, "list", (const SbFunction[]){
      {"map", list_method_map, 1, 1,
       "map(function: function) -> list\n"
       "A new list of function(item, index) for every item (index only if the "
       "function declares two parameters)."},
      {"filter", list_method_filter, 1, 1,
       "filter(function: function) -> list\n"
       "A new list of the items for which function(item, index) is true "
       "(Blade truthiness)."},
      {"reduce", list_method_reduce, 1, 2,
       "reduce(function: function, initial: any = first item) -> any\n"
       "Folds the list: accumulator = function(accumulator, item, index); nil "
       "for an empty list without initial."},
      {"each", list_method_each, 1, 1,
       "each(function: function) -> nil\nCalls function(item, index) for every item."},
      {NULL, NULL, 0, 0, NULL},
  });
}
