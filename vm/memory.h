/* Memory: the single reallocate funnel every heap allocation goes through,
 * and the mark-and-sweep collector it triggers. Setting SABRE_STRESS_GC=1
 * in the environment collects on every allocation. */
#ifndef SABRE_VM_MEMORY_H
#define SABRE_VM_MEMORY_H

#include "object.h"

#define ALLOCATE(vm, type, count) \
  (type *)reallocate(vm, NULL, 0, sizeof(type) * (size_t)(count))
#define FREE(vm, type, pointer) reallocate(vm, pointer, sizeof(type), 0)
#define GROW_CAPACITY(capacity) ((capacity) < 8 ? 8 : (capacity) * 2)
#define GROW_ARRAY(vm, type, pointer, old_count, new_count)          \
  (type *)reallocate(vm, pointer, sizeof(type) * (size_t)(old_count), \
                     sizeof(type) * (size_t)(new_count))
#define FREE_ARRAY(vm, type, pointer, old_count) \
  reallocate(vm, pointer, sizeof(type) * (size_t)(old_count), 0)

/* Allocates, resizes or frees (new_size 0). May collect garbage first, so
 * every live object must be reachable from a root before calling it. Out
 * of memory ends the process with a message: there is nothing to recover. */
void *reallocate(VM *vm, void *pointer, size_t old_size, size_t new_size);
/* Ends the process with a message and status 70. */
void out_of_memory(void);
/* The heap size below which no collection runs. */
#define GC_MIN_HEAP (1024 * 1024)
Obj *allocate_object(VM *vm, size_t size, ObjType type);
/* Gives back the tail of the object allocated last (nothing may have been
 * allocated since): it keeps new_size of its old_size bytes, maybe moved. */
Obj *shrink_newest_object(VM *vm, Obj *object, size_t old_size, size_t new_size);
/* Puts a newly marked object that holds references on the gray stack. */
void gc_mark_gray(VM *vm, Obj *object);

/* Marking is inline: a collection marks every reachable value, and most
 * are strings already marked or with nothing inside. */
static inline void gc_mark_object(VM *vm, Obj *object) {
  if (object == NULL || object->marked) return;
  object->marked = true;
  if (object->type != OBJ_STRING && object->type != OBJ_RANGE && object->type != OBJ_BYTES)
    gc_mark_gray(vm, object);
}

static inline void gc_mark_value(VM *vm, Value value) {
  if (IS_OBJ(value)) gc_mark_object(vm, AS_OBJ(value));
}
void gc_collect(VM *vm);
void gc_free_all(VM *vm);

#endif
