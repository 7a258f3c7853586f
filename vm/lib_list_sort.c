/* list.sort(): a stable bottom-up merge sort, in place. Without a
 * function, numbers and strings sort in their natural order and anything
 * else (or a mix) is a TypeError; a function(a, b) returns a number
 * (negative: a first) or a boolean (true: a first). The merging happens in
 * two private lists, so a comparator that changes the list cannot break
 * the sort; the result is copied back at the end. */
#include "builtins.h"
#include "lib_util.h"
#include "native.h"

static bool natural_less(VM *vm, Value a, Value b, bool *less) {
  if (IS_NUMBER(a) && IS_NUMBER(b)) {
    *less = AS_NUMBER(a) < AS_NUMBER(b);
    return true;
  }
  if (!IS_STRING(a) || !IS_STRING(b)) {
    return vm_raise(vm, EXC_TYPE, "%s(): cannot compare %s with %s",
                    native_current_name(vm), value_type_name(a), value_type_name(b));
  }
  *less = string_compare(AS_STRING(a), AS_STRING(b)) < 0;
  return true;
}

static bool function_less(VM *vm, Value fn, Value a, Value b, bool *less) {
  Value argv[2] = {a, b}, result;
  if (!call_function(vm, fn, 2, argv, &result)) return false;
  if (IS_BOOL(result)) *less = AS_BOOL(result);
  else if (IS_NUMBER(result)) *less = AS_NUMBER(result) < 0;
  else {
    return vm_raise(vm, EXC_TYPE,
                    "%s(): the comparison function must return a number or a "
                    "boolean, got %s",
                    native_current_name(vm), value_type_name(result));
  }
  return true;
}

static bool less_than(VM *vm, Value fn, Value a, Value b, bool *less) {
  return IS_NIL(fn) ? natural_less(vm, a, b, less) : function_less(vm, fn, a, b, less);
}

/* Merges the sorted runs from[lo..mid) and from[mid..hi) into to[lo..hi);
 * an item of the right run goes first only when strictly less (stable). */
static bool merge(VM *vm, Value fn, const Value *from, Value *to, long lo,
                  long mid, long hi) {
  long i = lo, j = mid, k = lo;
  while (i < mid && j < hi) {
    bool right_first = false;
    if (!less_than(vm, fn, from[j], from[i], &right_first)) return false;
    to[k++] = right_first ? from[j++] : from[i++];
  }
  while (i < mid) to[k++] = from[i++];
  while (j < hi) to[k++] = from[j++];
  return true;
}

/* Sorts n values that start in *from, using *to as scratch; the sorted
 * values end up in *from (the two are swapped after every pass). */
static bool merge_sort(VM *vm, Value fn, Value **from, Value **to, long n) {
  for (long width = 1; width < n; width *= 2) {
    for (long lo = 0; lo < n; lo += 2 * width) {
      long mid = lo + width < n ? lo + width : n;
      long hi = lo + 2 * width < n ? lo + 2 * width : n;
      if (!merge(vm, fn, *from, *to, lo, mid, hi)) return false;
    }
    Value *swap = *from;
    *from = *to;
    *to = swap;
  }
  return true;
}

static bool list_method_sort(VM *vm, int argc, Value *args) {
  Value fn = argc > 0 ? args[0] : NIL_VAL;
  if (!IS_NIL(fn) && !check_callable(vm, args, 0, "function")) return false;
  ValueArray *items = &AS_LIST(args[-1])->items;
  int n = items->count;
  ObjList *work = lib_list_copy(vm, items, 0, n);
  vm_push(vm, OBJ_VAL(work));
  ObjList *scratch = lib_list_copy(vm, items, 0, n);
  vm_push(vm, OBJ_VAL(scratch));
  Value *sorted = work->items.values, *spare = scratch->items.values;
  bool ok = merge_sort(vm, fn, &sorted, &spare, n);
  if (ok) {
    items->count = 0;
    for (int i = 0; i < n; i++) value_array_write(vm, items, sorted[i]);
  }
  vm_pop(vm);
  vm_pop(vm);
  if (!ok) return false;
  RETURN_NIL;
}

void lib_list_sort_init(VM *vm) {
  define_natives(vm, &vm->list_methods, "list", (const SbFunction[]){
      {"sort", list_method_sort, 0, 1,
       "sort(function: function = nil) -> nil\n"
       "Sorts the list in place, stably: numbers or strings in natural order, or "
       "by function(a, b) returning a number (< 0: a first) or a boolean (true: "
       "a first)."},
      {NULL, NULL, 0, 0, NULL},
  });
}
