/* Table (string keys) and Dict (any keys, insertion order), and string
 * interning. */
#include <criterion/criterion.h>
#include <stdio.h>

#include "memory.h"
#include "object.h"
#include "test_support.h"

TestSuite(table, .init = test_vm_setup, .fini = test_vm_teardown);

Test(table, set_get_delete_many) {
  VM *vm = test_vm;
  Table t;
  table_init(&t);
  ObjList *keep = new_list(vm);
  vm_push(vm, OBJ_VAL(keep));
  for (int i = 0; i < 1000; i++) {
    char key[16];
    snprintf(key, sizeof key, "k%d", i);
    ObjString *s = copy_cstring(vm, key);
    value_array_write(vm, &keep->items, OBJ_VAL(s));
    cr_assert(table_set(vm, &t, s, NUMBER_VAL(i)), "key %s should be new", key);
  }
  for (int i = 0; i < 1000; i += 2) table_delete(&t, AS_STRING(keep->items.values[i]));
  for (int i = 0; i < 1000; i++) {
    Value v;
    bool found = table_get(&t, AS_STRING(keep->items.values[i]), &v);
    cr_assert_eq(found, i % 2 == 1, "key %d", i);
    if (found) cr_assert_eq(AS_NUMBER(v), i);
  }
  cr_assert_not(table_set(vm, &t, AS_STRING(keep->items.values[1]), NIL_VAL));
  table_free(vm, &t);
  vm_pop(vm);
}

Test(table, interning_shares_short_strings) {
  VM *vm = test_vm;
  ObjString *a = copy_cstring(vm, "hello");
  vm_push(vm, OBJ_VAL(a));
  ObjString *b = copy_string(vm, "hello world", 5);
  cr_assert_eq(a, b, "equal short strings are one object");
  cr_assert(a->interned);
  vm_pop(vm);
}

Test(table, long_strings_are_not_interned_but_compare_equal) {
  VM *vm = test_vm;
  char text[200];
  memset(text, 'x', sizeof text);
  ObjString *a = copy_string(vm, text, 200);
  vm_push(vm, OBJ_VAL(a));
  ObjString *b = copy_string(vm, text, 200);
  vm_push(vm, OBJ_VAL(b));
  cr_assert_neq(a, b);
  cr_assert_not(a->interned);
  cr_assert_eq(a->hash, 0u, "a long string is hashed only when needed");
  cr_assert(value_keys_equal(OBJ_VAL(a), OBJ_VAL(b)));
  Table t;
  table_init(&t);
  table_set(vm, &t, a, TRUE_VAL);
  Value v;
  cr_assert(table_get(&t, b, &v), "an equal string finds the entry");
  table_free(vm, &t);
  vm->fiber->stack_top -= 2;
}

Test(table, dict_keeps_insertion_order_and_mixed_keys) {
  VM *vm = test_vm;
  ObjDict *d = new_dict(vm);
  vm_push(vm, OBJ_VAL(d));
  Value keys[] = {NUMBER_VAL(3), OBJ_VAL(copy_cstring(vm, "a")), TRUE_VAL, NIL_VAL,
                  NUMBER_VAL(-0.0)};
  for (int i = 0; i < 5; i++) dict_set(vm, &d->dict, keys[i], NUMBER_VAL(i));
  Value v;
  cr_assert(dict_get(&d->dict, NUMBER_VAL(0), &v), "0 and -0 are the same key");
  cr_assert_eq(AS_NUMBER(v), 4);
  cr_assert(dict_delete(&d->dict, keys[1]));
  int position = 0, seen = 0;
  DictEntry *e;
  double order[] = {0, 2, 3, 4};
  for (; dict_next(&d->dict, &position, &e); position++)
    cr_assert_eq(AS_NUMBER(e->value), order[seen++]);
  cr_assert_eq(seen, 4);
  vm_pop(vm);
}

Test(table, dict_survives_many_deletes) {
  VM *vm = test_vm;
  ObjDict *d = new_dict(vm);
  vm_push(vm, OBJ_VAL(d));
  for (int round = 0; round < 50; round++) {
    for (int i = 0; i < 100; i++) dict_set(vm, &d->dict, NUMBER_VAL(i), NUMBER_VAL(round));
    for (int i = 0; i < 100; i += 3) dict_delete(&d->dict, NUMBER_VAL(i));
  }
  cr_assert_eq(d->dict.count, 66);
  Value v;
  cr_assert(dict_get(&d->dict, NUMBER_VAL(98), &v));
  cr_assert_eq(AS_NUMBER(v), 49);
  vm_pop(vm);
}
