/* The collector: unreachable objects are freed, reachable ones survive,
 * the intern pool is weak, and finalizers of native objects run. */
#include <criterion/criterion.h>

#include "memory.h"
#include "object.h"
#include "test_support.h"

TestSuite(gc, .init = test_vm_setup, .fini = test_vm_teardown);

static int count_objects(VM *vm) {
  int n = 0;
  for (Obj *o = vm->objects; o != NULL; o = o->next) n++;
  return n;
}

Test(gc, frees_garbage_and_keeps_roots) {
  VM *vm = test_vm;
  gc_collect(vm);
  int baseline = count_objects(vm);
  ObjList *kept = new_list(vm);
  vm_push(vm, OBJ_VAL(kept));
  for (int i = 0; i < 100; i++) {
    ObjList *garbage = new_list(vm);
    (void)garbage;
  }
  value_array_write(vm, &kept->items, OBJ_VAL(new_dict(vm)));
  gc_collect(vm);
  cr_assert_eq(count_objects(vm), baseline + 2, "the list and its dict survive");
  cr_assert(IS_DICT(kept->items.values[0]));
  vm_pop(vm);
  gc_collect(vm);
  cr_assert_eq(count_objects(vm), baseline);
}

Test(gc, intern_pool_is_weak) {
  VM *vm = test_vm;
  copy_cstring(vm, "a string nobody keeps");
  gc_collect(vm);
  cr_assert_null(table_find_string(&vm->strings, "a string nobody keeps", 21,
                                   hash_bytes("a string nobody keeps", 21)));
}

/* A native class described by info, left on the stack (reachable). */
static ObjClass *pushed_native_class(const char *name, const ForeignInfo *info) {
  ObjClass *klass = new_class(test_vm, copy_cstring(test_vm, name));
  klass->foreign = info;
  vm_push(test_vm, OBJ_VAL(klass));
  return klass;
}

static int finalized;
static void count_finalize(void *payload) { finalized += *(int *)payload; }
static const ForeignInfo counter_info = {sizeof(int), count_finalize, false, NULL};

Test(gc, finalizers_run_for_dead_foreign_objects) {
  VM *vm = test_vm;
  ObjClass *klass = pushed_native_class("Counter", &counter_info);
  for (int i = 0; i < 3; i++) *(int *)new_foreign(vm, klass)->payload = 1;
  ObjForeign *live = new_foreign(vm, klass);
  *(int *)live->payload = 100;
  vm_push(vm, OBJ_VAL(live));
  finalized = 0;
  gc_collect(vm);
  cr_assert_eq(finalized, 3, "three dead objects finalized, the live one not");
  vm->fiber->stack_top -= 2;
  gc_collect(vm);
  cr_assert_eq(finalized, 103);
}

/* A native object whose payload keeps a script value, marked by its trace. */
static void trace_kept(VM *vm, void *payload) { gc_mark_value(vm, *(Value *)payload); }
static const ForeignInfo holder_info = {sizeof(Value), NULL, false, trace_kept};

Test(gc, a_trace_keeps_what_a_native_object_holds) {
  VM *vm = test_vm;
  ObjClass *klass = pushed_native_class("Holder", &holder_info);
  ObjForeign *holder = new_foreign(vm, klass);
  vm_push(vm, OBJ_VAL(holder));
  *(Value *)holder->payload = OBJ_VAL(new_string(vm, "held only by the payload", 24));
  gc_collect(vm);
  int with_holder = count_objects(vm);
  Value held = *(Value *)holder->payload;
  cr_assert(IS_STRING(held));
  cr_assert_str_eq(AS_STRING(held)->chars, "held only by the payload");
  vm_pop(vm);
  gc_collect(vm);
  cr_assert_eq(count_objects(vm), with_holder - 2, "the holder and its string die together");
  vm_pop(vm);
}

Test(gc, cycles_are_collected) {
  VM *vm = test_vm;
  gc_collect(vm);
  int baseline = count_objects(vm);
  ObjList *a = new_list(vm);
  vm_push(vm, OBJ_VAL(a));
  ObjList *b = new_list(vm);
  value_array_write(vm, &a->items, OBJ_VAL(b));
  value_array_write(vm, &b->items, OBJ_VAL(a));
  vm_pop(vm);
  gc_collect(vm);
  cr_assert_eq(count_objects(vm), baseline);
}
