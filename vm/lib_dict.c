/* The dictionary methods: size, lookup with a default, setting and
 * removing keys, copies, merging, the keys/values/items lists and each().
 * Indexing and for-in are the VM's. */
#include "builtins.h"
#include "lib_convert.h"
#include "lib_util.h"
#include "native.h"

#define SELF AS_DICT(args[-1])

static bool dict_method_length(VM *vm, int argc, Value *args) {
  (void)vm;
  (void)argc;
  RETURN_NUMBER(SELF->dict.count);
}

static bool dict_method_is_empty(VM *vm, int argc, Value *args) {
  (void)vm;
  (void)argc;
  RETURN_BOOL(SELF->dict.count == 0);
}

static bool dict_method_contains(VM *vm, int argc, Value *args) {
  (void)vm;
  (void)argc;
  Value ignored;
  RETURN_BOOL(dict_get(&SELF->dict, args[0], &ignored));
}

static bool dict_method_get(VM *vm, int argc, Value *args) {
  (void)vm;
  Value value;
  if (dict_get(&SELF->dict, args[0], &value)) RETURN_VAL(value);
  RETURN_VAL(argc > 1 ? args[1] : NIL_VAL);
}

static bool dict_method_set(VM *vm, int argc, Value *args) {
  (void)argc;
  dict_set(vm, &SELF->dict, args[0], args[1]);
  RETURN_NIL;
}

static bool dict_method_remove(VM *vm, int argc, Value *args) {
  (void)vm;
  (void)argc;
  Value value = NIL_VAL;
  if (dict_get(&SELF->dict, args[0], &value)) dict_delete(&SELF->dict, args[0]);
  RETURN_VAL(value);
}

static bool dict_method_clear(VM *vm, int argc, Value *args) {
  (void)argc;
  dict_clear(vm, &SELF->dict);
  RETURN_NIL;
}

static bool dict_method_clone(VM *vm, int argc, Value *args) {
  (void)argc;
  RETURN_OBJ(lib_dict_copy(vm, SELF));
}

static bool dict_method_extend(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!check_dict(vm, args, 0, "other")) return false;
  Dict *from = &AS_DICT(args[0])->dict;
  DictEntry *entry;
  for (int i = 0; dict_next(from, &i, &entry); i++) {
    dict_set(vm, &SELF->dict, entry->key, entry->value);
  }
  RETURN_NIL;
}

/* keys() and values(): one side of every entry, in insertion order. */
static bool entry_side(VM *vm, Value *args, bool keys) {
  ObjList *list = new_list(vm);
  vm_push(vm, OBJ_VAL(list));
  DictEntry *entry;
  for (int i = 0; dict_next(&SELF->dict, &i, &entry); i++) {
    value_array_write(vm, &list->items, keys ? entry->key : entry->value);
  }
  vm_pop(vm);
  RETURN_OBJ(list);
}

static bool dict_method_keys(VM *vm, int argc, Value *args) {
  (void)argc;
  return entry_side(vm, args, true);
}

static bool dict_method_values(VM *vm, int argc, Value *args) {
  (void)argc;
  return entry_side(vm, args, false);
}

static bool dict_method_items(VM *vm, int argc, Value *args) {
  (void)argc;
  ObjList *pairs;
  if (!lib_to_list(vm, args[-1], &pairs)) return false;
  RETURN_OBJ(pairs);
}

/* The key and value are pushed around the call: the callback may delete
 * the entry, and they must stay alive until it returns. */
static bool dict_method_each(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!check_callable(vm, args, 0, "function")) return false;
  DictEntry *entry;
  for (int i = 0; dict_next(&SELF->dict, &i, &entry); i++) {
    Value argv[2] = {entry->value, entry->key}, ignored;
    vm_push(vm, argv[0]);
    vm_push(vm, argv[1]);
    bool ok = lib_callback(vm, args[0], 2, argv, 2, &ignored);
    vm_pop(vm);
    vm_pop(vm);
    if (!ok) return false;
  }
  RETURN_NIL;
}

void lib_dict_init(VM *vm) {
  define_natives(vm, &vm->dict_methods, "dict", (const SbFunction[]){
      {"length", dict_method_length, 0, 0, "length() -> number\nThe number of entries."},
      {"is_empty", dict_method_is_empty, 0, 0,
       "is_empty() -> bool\nWhether the dictionary has no entries."},
      {"contains", dict_method_contains, 1, 1,
       "contains(key: any) -> bool\nWhether key has an entry."},
      {"get", dict_method_get, 1, 2,
       "get(key: any, default: any = nil) -> any\nThe value for key, or default when absent."},
      {"set", dict_method_set, 2, 2,
       "set(key: any, value: any) -> nil\nAdds or replaces the entry for key."},
      {"remove", dict_method_remove, 1, 1,
       "remove(key: any) -> any\nRemoves the entry for key; its value, or nil when absent."},
      {"clear", dict_method_clear, 0, 0, "clear() -> nil\nRemoves every entry."},
      {"clone", dict_method_clone, 0, 0, "clone() -> dict\nA shallow copy."},
      {"extend", dict_method_extend, 1, 1,
       "extend(other: dict) -> nil\nAdds or replaces an entry for every entry of other."},
      {"keys", dict_method_keys, 0, 0, "keys() -> list\nThe keys, in insertion order."},
      {"values", dict_method_values, 0, 0, "values() -> list\nThe values, in insertion order."},
      {"items", dict_method_items, 0, 0,
       "items() -> list\nThe entries as [key, value] lists, in insertion order."},
      {"each", dict_method_each, 1, 1,
       "each(function: function) -> nil\n"
       "Calls function(value, key) for every entry, in insertion order."},
      {NULL, NULL, 0, 0, NULL},
  });
}
