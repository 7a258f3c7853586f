/* Memory: the reallocate funnel and a tri-colour mark-and-sweep collector.
 * Roots are the current fiber, the VM's tables and classes, the pending
 * exception and the functions being compiled. Foreign objects' finalizers
 * run during the sweep. */
#include <stdio.h>
#include <stdlib.h>

#include "compiler.h"
#include "memory.h"
#include "scheduler.h"
#include "vm.h"

#define GC_HEAP_GROW_FACTOR 2

void out_of_memory(void) {
  fputs("sabre: out of memory\n", stderr);
  exit(70);
}

/* Counts a change of heap size and collects when the heap has grown past
 * the threshold (or always, under SABRE_STRESS_GC). */
static void account(VM *vm, size_t old_size, size_t new_size) {
  vm->bytes_allocated += new_size;
  vm->bytes_allocated -= old_size;
  if (new_size > old_size && (vm->stress_gc || vm->bytes_allocated > vm->next_gc))
    gc_collect(vm);
}

/* Arrays (of lists, dictionaries, tables, code) come from the pool too:
 * most are small and short-lived, like the objects that hold them. */
void *reallocate(VM *vm, void *pointer, size_t old_size, size_t new_size) {
  account(vm, old_size, new_size);
  if (new_size == 0) {
    if (pointer != NULL) pool_free(&vm->pool, pointer, old_size);
    return NULL;
  }
  void *result = pointer == NULL ? pool_alloc(&vm->pool, new_size)
                                 : pool_resize(&vm->pool, pointer, old_size, new_size);
  if (result == NULL) out_of_memory();
  return result;
}

Obj *allocate_object(VM *vm, size_t size, ObjType type) {
  account(vm, 0, size);
  Obj *object = pool_alloc(&vm->pool, size);
  if (object == NULL) out_of_memory();
  object->type = (uint8_t)type;
  object->marked = false;
  object->reported = false;
  object->next = vm->objects;
  vm->objects = object;
  return object;
}

Obj *shrink_newest_object(VM *vm, Obj *object, size_t old_size, size_t new_size) {
  Obj *moved = pool_resize(&vm->pool, object, old_size, new_size);
  if (moved == NULL) out_of_memory();
  vm->objects = moved;
  vm->bytes_allocated -= old_size - new_size;
  return moved;
}

void gc_mark_gray(VM *vm, Obj *object) {
  if (vm->gray_capacity < vm->gray_count + 1) {
    vm->gray_capacity = GROW_CAPACITY(vm->gray_capacity);
    Obj **stack = realloc(vm->gray_stack, sizeof(Obj *) * (size_t)vm->gray_capacity);
    if (stack == NULL) out_of_memory();
    vm->gray_stack = stack;
  }
  vm->gray_stack[vm->gray_count++] = object;
}

static void mark_array(VM *vm, ValueArray *array) {
  for (int i = 0; i < array->count; i++) gc_mark_value(vm, array->values[i]);
}

static void mark_class(VM *vm, ObjClass *klass) {
  gc_mark_object(vm, (Obj *)klass->name);
  gc_mark_object(vm, (Obj *)klass->superclass);
  table_mark(vm, &klass->methods);
  table_mark(vm, &klass->fields);
  table_mark(vm, &klass->statics);
  table_mark(vm, &klass->getters);
  table_mark(vm, &klass->setters);
  gc_mark_value(vm, klass->initializer);
}

static void blacken(VM *vm, Obj *object) {
  switch ((ObjType)object->type) {
  case OBJ_LIST: mark_array(vm, &((ObjList *)object)->items); break;
  case OBJ_DICT: dict_mark(vm, &((ObjDict *)object)->dict); break;
  case OBJ_FUNCTION: {
    ObjFunction *fn = (ObjFunction *)object;
    gc_mark_object(vm, (Obj *)fn->name);
    gc_mark_object(vm, (Obj *)fn->module);
    mark_array(vm, &fn->chunk.constants);
    break;
  }
  case OBJ_CLOSURE: {
    ObjClosure *closure = (ObjClosure *)object;
    gc_mark_object(vm, (Obj *)closure->function);
    for (int i = 0; i < closure->upvalue_count; i++)
      gc_mark_object(vm, (Obj *)closure->upvalues[i]);
    break;
  }
  case OBJ_UPVALUE: gc_mark_value(vm, ((ObjUpvalue *)object)->closed); break;
  case OBJ_NATIVE: gc_mark_object(vm, (Obj *)((ObjNative *)object)->name); break;
  case OBJ_BOUND_METHOD:
    gc_mark_value(vm, ((ObjBoundMethod *)object)->receiver);
    gc_mark_object(vm, ((ObjBoundMethod *)object)->method);
    break;
  case OBJ_CLASS: mark_class(vm, (ObjClass *)object); break;
  case OBJ_INSTANCE:
    gc_mark_object(vm, (Obj *)((ObjInstance *)object)->klass);
    table_mark(vm, &((ObjInstance *)object)->fields);
    break;
  case OBJ_FOREIGN: {
    ObjForeign *foreign = (ObjForeign *)object;
    gc_mark_object(vm, (Obj *)foreign->klass);
    if (foreign->klass->foreign->trace) foreign->klass->foreign->trace(vm, foreign->payload);
    break;
  }
  case OBJ_MODULE: {
    ObjModule *module = (ObjModule *)object;
    gc_mark_object(vm, (Obj *)module->name);
    gc_mark_object(vm, (Obj *)module->path);
    table_mark(vm, &module->globals);
    break;
  }
  case OBJ_FIBER: fiber_mark(vm, (ObjFiber *)object); break;
  case OBJ_STRING:
  case OBJ_BYTES:
  case OBJ_RANGE: break;
  }
}

static size_t string_size(const ObjString *s) { return sizeof(ObjString) + (size_t)s->length + 1; }

/* Releases what an object owns and returns the object's own size. */
static size_t release_object(VM *vm, Obj *object) {
  switch ((ObjType)object->type) {
  case OBJ_STRING: return string_size((ObjString *)object);
  case OBJ_BYTES: {
    ObjBytes *b = (ObjBytes *)object;
    FREE_ARRAY(vm, uint8_t, b->data, b->capacity);
    return sizeof(ObjBytes);
  }
  case OBJ_LIST: value_array_free(vm, &((ObjList *)object)->items); return sizeof(ObjList);
  case OBJ_DICT: dict_free(vm, &((ObjDict *)object)->dict); return sizeof(ObjDict);
  case OBJ_RANGE: return sizeof(ObjRange);
  case OBJ_FUNCTION: chunk_free(vm, &((ObjFunction *)object)->chunk); return sizeof(ObjFunction);
  case OBJ_CLOSURE:
    return sizeof(ObjClosure) + sizeof(ObjUpvalue *) * (size_t)((ObjClosure *)object)->upvalue_count;
  case OBJ_UPVALUE: return sizeof(ObjUpvalue);
  case OBJ_NATIVE: return sizeof(ObjNative);
  case OBJ_BOUND_METHOD: return sizeof(ObjBoundMethod);
  case OBJ_CLASS: {
    ObjClass *klass = (ObjClass *)object;
    table_free(vm, &klass->methods);
    table_free(vm, &klass->fields);
    table_free(vm, &klass->statics);
    table_free(vm, &klass->getters);
    table_free(vm, &klass->setters);
    return sizeof(ObjClass);
  }
  case OBJ_INSTANCE: table_free(vm, &((ObjInstance *)object)->fields); return sizeof(ObjInstance);
  case OBJ_FOREIGN: {
    ObjForeign *foreign = (ObjForeign *)object;
    const ForeignInfo *info = foreign->klass->foreign;
    if (info->finalize) info->finalize(foreign->payload);
    return sizeof(ObjForeign) + info->payload_size;
  }
  case OBJ_MODULE: table_free(vm, &((ObjModule *)object)->globals); return sizeof(ObjModule);
  case OBJ_FIBER: fiber_release(vm, (ObjFiber *)object); return sizeof(ObjFiber);
  }
  return 0;
}

static void free_object(VM *vm, Obj *object) {
  /* Strings, most of what dies, own nothing: no call for them. */
  size_t size = object->type == OBJ_STRING ? string_size((ObjString *)object)
                                            : release_object(vm, object);
  vm->bytes_allocated -= size;
  pool_free(&vm->pool, object, size);
}

static void mark_roots(VM *vm) {
  gc_mark_object(vm, (Obj *)vm->fiber);
  gc_mark_value(vm, vm->exception);
  gc_mark_object(vm, (Obj *)vm->current_native);
  table_mark(vm, &vm->builtins);
  table_mark(vm, &vm->modules);
  table_mark(vm, &vm->string_methods);
  table_mark(vm, &vm->list_methods);
  table_mark(vm, &vm->dict_methods);
  table_mark(vm, &vm->bytes_methods);
  table_mark(vm, &vm->range_methods);
  for (int i = 0; i < EXC_COUNT_; i++) gc_mark_object(vm, (Obj *)vm->exception_classes[i]);
  gc_mark_object(vm, (Obj *)vm->file_class);
  gc_mark_object(vm, (Obj *)vm->main_module);
  ObjString **names[] = {&vm->str_message, &vm->str_stacktrace, &vm->str_type,
                         &vm->str_errno, &vm->str_iter, &vm->str_itern,
                         &vm->str_to_string, &vm->str_args};
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    gc_mark_object(vm, (Obj *)*names[i]);
  compiler_mark_roots(vm);
  if (vm->scheduler) scheduler_mark(vm);
  table_mark(vm, &vm->fiber_methods);
}

static void sweep(VM *vm) {
  Obj *previous = NULL;
  Obj *object = vm->objects;
  while (object != NULL) {
    if (object->marked) {
      object->marked = false;
      previous = object;
      object = object->next;
      continue;
    }
    Obj *unreached = object;
    object = object->next;
    if (previous != NULL) previous->next = object;
    else vm->objects = object;
    free_object(vm, unreached);
  }
}

void gc_collect(VM *vm) {
  if (vm->fiber == NULL) return; /* still starting up */
  mark_roots(vm);
  while (vm->gray_count > 0) blacken(vm, vm->gray_stack[--vm->gray_count]);
  table_remove_white(&vm->strings);
  sweep(vm);
  vm->next_gc = vm->bytes_allocated * GC_HEAP_GROW_FACTOR;
  if (vm->next_gc < GC_MIN_HEAP) vm->next_gc = GC_MIN_HEAP;
}

void gc_free_all(VM *vm) {
  Obj *object = vm->objects;
  while (object != NULL) {
    Obj *next = object->next;
    free_object(vm, object);
    object = next;
  }
  vm->objects = NULL;
  free(vm->gray_stack);
  vm->gray_stack = NULL;
  pool_release(&vm->pool);
}
