/* The list methods that read or change a list without calling script
 * code: size, adding and removing items, searching by equality, copies
 * and slices. map/filter/reduce/each are in lib_list_func.c and sort in
 * lib_list_sort.c. Indexing and iteration are the VM's. */
#include "builtins.h"
#include "lib_util.h"
#include "native.h"

#define SELF AS_LIST(args[-1])

static bool list_method_length(VM *vm, int argc, Value *args) {
  (void)vm;
  (void)argc;
  RETURN_NUMBER(SELF->items.count);
}

static bool list_method_is_empty(VM *vm, int argc, Value *args) {
  (void)vm;
  (void)argc;
  RETURN_BOOL(SELF->items.count == 0);
}

static bool list_method_append(VM *vm, int argc, Value *args) {
  (void)argc;
  value_array_write(vm, &SELF->items, args[0]);
  RETURN_NIL;
}

static bool list_method_extend(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!check_list(vm, args, 0, "items")) return false;
  ValueArray *from = &AS_LIST(args[0])->items;
  int count = from->count; /* fixed first: the list may extend itself */
  for (int i = 0; i < count; i++) value_array_write(vm, &SELF->items, from->values[i]);
  RETURN_NIL;
}

static bool list_method_insert(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!check_int(vm, args, 0, "index")) return false;
  ValueArray *items = &SELF->items;
  int index = items->count;
  if (AS_NUMBER(args[0]) != items->count &&
      !normalize_index(vm, AS_NUMBER(args[0]), items->count, &index)) {
    return false;
  }
  value_array_write(vm, items, args[1]);
  memmove(&items->values[index + 1], &items->values[index],
          sizeof(Value) * (size_t)(items->count - 1 - index));
  items->values[index] = args[1];
  RETURN_NIL;
}

static Value take_at(ValueArray *items, int index) {
  Value value = items->values[index];
  memmove(&items->values[index], &items->values[index + 1],
          sizeof(Value) * (size_t)(items->count - 1 - index));
  items->count--;
  return value;
}

static bool list_method_pop(VM *vm, int argc, Value *args) {
  (void)vm;
  (void)argc;
  ValueArray *items = &SELF->items;
  if (items->count == 0) RETURN_NIL;
  RETURN_VAL(take_at(items, items->count - 1));
}

static bool list_method_shift(VM *vm, int argc, Value *args) {
  (void)vm;
  (void)argc;
  ValueArray *items = &SELF->items;
  if (items->count == 0) RETURN_NIL;
  RETURN_VAL(take_at(items, 0));
}

static bool list_method_remove_at(VM *vm, int argc, Value *args) {
  (void)argc;
  int index;
  if (!check_int(vm, args, 0, "index") ||
      !normalize_index(vm, AS_NUMBER(args[0]), SELF->items.count, &index)) {
    return false;
  }
  RETURN_VAL(take_at(&SELF->items, index));
}

/* The index of the first item equal to value in *index, or -1. */
static bool find(VM *vm, ValueArray *items, Value value, int *index) {
  for (int i = 0; i < items->count; i++) {
    bool equal;
    if (!values_equal(vm, items->values[i], value, &equal)) return false;
    if (equal) {
      *index = i;
      return true;
    }
  }
  *index = -1;
  return true;
}

static bool list_method_remove(VM *vm, int argc, Value *args) {
  (void)argc;
  int index;
  if (!find(vm, &SELF->items, args[0], &index)) return false;
  if (index >= 0) take_at(&SELF->items, index);
  RETURN_BOOL(index >= 0);
}

static bool list_method_index_of(VM *vm, int argc, Value *args) {
  (void)argc;
  int index;
  if (!find(vm, &SELF->items, args[0], &index)) return false;
  RETURN_NUMBER(index);
}

static bool list_method_contains(VM *vm, int argc, Value *args) {
  (void)argc;
  int index;
  if (!find(vm, &SELF->items, args[0], &index)) return false;
  RETURN_BOOL(index >= 0);
}

static bool list_method_count(VM *vm, int argc, Value *args) {
  (void)argc;
  ValueArray *items = &SELF->items;
  int count = 0;
  for (int i = 0; i < items->count; i++) {
    bool equal;
    if (!values_equal(vm, items->values[i], args[0], &equal)) return false;
    count += equal;
  }
  RETURN_NUMBER(count);
}

static bool list_method_get(VM *vm, int argc, Value *args) {
  (void)argc;
  int index;
  if (!check_int(vm, args, 0, "index") ||
      !normalize_index(vm, AS_NUMBER(args[0]), SELF->items.count, &index)) {
    return false;
  }
  RETURN_VAL(SELF->items.values[index]);
}

static bool list_method_set(VM *vm, int argc, Value *args) {
  (void)argc;
  int index;
  if (!check_int(vm, args, 0, "index") ||
      !normalize_index(vm, AS_NUMBER(args[0]), SELF->items.count, &index)) {
    return false;
  }
  SELF->items.values[index] = args[1];
  RETURN_NIL;
}

static bool list_method_first(VM *vm, int argc, Value *args) {
  (void)vm;
  (void)argc;
  RETURN_VAL(SELF->items.count > 0 ? SELF->items.values[0] : NIL_VAL);
}

static bool list_method_last(VM *vm, int argc, Value *args) {
  (void)vm;
  (void)argc;
  ValueArray *items = &SELF->items;
  RETURN_VAL(items->count > 0 ? items->values[items->count - 1] : NIL_VAL);
}

static bool list_method_clear(VM *vm, int argc, Value *args) {
  (void)vm;
  (void)argc;
  SELF->items.count = 0;
  RETURN_NIL;
}

static bool list_method_clone(VM *vm, int argc, Value *args) {
  (void)argc;
  RETURN_OBJ(lib_list_copy(vm, &SELF->items, 0, SELF->items.count));
}

static bool list_method_reverse(VM *vm, int argc, Value *args) {
  (void)argc;
  ObjList *reversed = lib_list_copy(vm, &SELF->items, 0, SELF->items.count);
  Value *values = reversed->items.values;
  for (int i = 0, j = reversed->items.count - 1; i < j; i++, j--) {
    Value swap = values[i];
    values[i] = values[j];
    values[j] = swap;
  }
  RETURN_OBJ(reversed);
}

static bool list_method_slice(VM *vm, int argc, Value *args) {
  if (!check_int(vm, args, 0, "start")) return false;
  if (argc > 1 && !check_int(vm, args, 1, "end")) return false;
  int count = SELF->items.count, from, to;
  lib_slice_bounds(AS_NUMBER(args[0]), argc > 1 ? AS_NUMBER(args[1]) : count, count,
                   &from, &to);
  RETURN_OBJ(lib_list_copy(vm, &SELF->items, from, to));
}

static bool list_method_join(VM *vm, int argc, Value *args) {
  if (argc > 0 && !check_string(vm, args, 0, "separator")) return false;
  const char *sep = argc > 0 ? AS_CSTRING(args[0]) : "";
  int sep_length = argc > 0 ? AS_STRING(args[0])->length : 0;
  Value joined;
  if (!lib_join(vm, SELF, sep, sep_length, &joined)) return false;
  RETURN_VAL(joined);
}

void lib_list_init(VM *vm) {
  define_natives(vm, &vm->list_methods, "list", (const SbFunction[]){
      {"length", list_method_length, 0, 0, "length() -> number\nThe number of items."},
      {"is_empty", list_method_is_empty, 0, 0, "is_empty() -> bool\nWhether the list has no items."},
      {"append", list_method_append, 1, 1, "append(value: any) -> nil\nAdds value at the end."},
      {"push", list_method_append, 1, 1, "push(value: any) -> nil\nAdds value at the end (as append)."},
      {"extend", list_method_extend, 1, 1,
       "extend(items: list) -> nil\nAdds every item of items at the end."},
      {"insert", list_method_insert, 2, 2,
       "insert(index: number, value: any) -> nil\n"
       "Puts value before the item at index (negative counts from the end; the "
       "length appends)."},
      {"pop", list_method_pop, 0, 0,
       "pop() -> any\nRemoves and returns the last item, or nil when empty."},
      {"shift", list_method_shift, 0, 0,
       "shift() -> any\nRemoves and returns the first item, or nil when empty."},
      {"remove_at", list_method_remove_at, 1, 1,
       "remove_at(index: number) -> any\nRemoves and returns the item at index."},
      {"remove", list_method_remove, 1, 1,
       "remove(value: any) -> bool\nRemoves the first item equal to value; whether there was one."},
      {"index_of", list_method_index_of, 1, 1,
       "index_of(value: any) -> number\nThe index of the first item equal to value, or -1."},
      {"contains", list_method_contains, 1, 1,
       "contains(value: any) -> bool\nWhether an item equals value."},
      {"count", list_method_count, 1, 1,
       "count(value: any) -> number\nThe number of items equal to value."},
      {"get", list_method_get, 1, 1,
       "get(index: number) -> any\nThe item at index (negative counts from the end)."},
      {"set", list_method_set, 2, 2,
       "set(index: number, value: any) -> nil\nReplaces the item at index."},
      {"first", list_method_first, 0, 0, "first() -> any\nThe first item, or nil when empty."},
      {"last", list_method_last, 0, 0, "last() -> any\nThe last item, or nil when empty."},
      {"clear", list_method_clear, 0, 0, "clear() -> nil\nRemoves every item."},
      {"clone", list_method_clone, 0, 0, "clone() -> list\nA shallow copy."},
      {"reverse", list_method_reverse, 0, 0,
       "reverse() -> list\nA new list with the items in reverse order; the list is unchanged."},
      {"slice", list_method_slice, 1, 2,
       "slice(start: number, end: number = length) -> list\n"
       "A new list of the items from start up to end (negative counts from the "
       "end; bounds are clamped)."},
      {"join", list_method_join, 0, 1,
       "join(separator: string = '') -> string\n"
       "The text of every item (as to_string gives it) with separator between."},
      {NULL, NULL, 0, 0, NULL},
  });
  lib_list_func_init(vm);
  lib_list_sort_init(vm);
}
