/* Object constructors, string interning and typeof names. */
#include <stdlib.h>

#include "lib_utf8.h"
#include "memory.h"
#include "vm.h"

#define ALLOCATE_OBJ(vm, type, object_type) \
  (type *)allocate_object(vm, sizeof(type), object_type)

uint32_t hash_bytes(const char *key, int length) {
  uint32_t hash = 2166136261u;
  for (int i = 0; i < length; i++) {
    hash ^= (uint8_t)key[i];
    hash *= 16777619u;
  }
  return hash;
}

ObjString *string_alloc(VM *vm, int length) {
  ObjString *s = (ObjString *)allocate_object(
      vm, sizeof(ObjString) + (size_t)length + 1, OBJ_STRING);
  s->hash = 0;
  s->interned = false;
  s->length = length;
  s->char_count = -1;
  s->chars[length] = '\0';
  return s;
}

ObjString *copy_string(VM *vm, const char *chars, int length) {
  if (length > STRING_INTERN_MAX) return new_string(vm, chars, length);
  if (length == 0) chars = ""; /* callers may pass an empty buffer's NULL */
  uint32_t hash = hash_bytes(chars, length);
  if (hash == 0) hash = 1; /* 0 means "not hashed yet" */
  ObjString *existing = table_find_string(&vm->strings, chars, length, hash);
  if (existing != NULL) return existing;
  ObjString *s = new_string(vm, chars, length);
  s->hash = hash;
  vm_push(vm, OBJ_VAL(s));
  table_set(vm, &vm->strings, s, NIL_VAL);
  vm_pop(vm);
  s->interned = true;
  return s;
}

ObjString *new_string(VM *vm, const char *chars, int length) {
  ObjString *s = string_alloc(vm, length);
  if (length > 0) memcpy(s->chars, chars, (size_t)length);
  return s;
}

ObjString *copy_cstring(VM *vm, const char *chars) {
  return copy_string(vm, chars, (int)strlen(chars));
}

ObjString *string_truncate(VM *vm, ObjString *s, int length) {
  if (length == s->length) return s;
  size_t size = sizeof(ObjString) + 1;
  s = (ObjString *)shrink_newest_object(vm, &s->obj, size + (size_t)s->length, size + (size_t)length);
  s->length = length;
  s->chars[length] = '\0';
  return s;
}

#define HIGH_BITS 0x8080808080808080ULL /* bit 7 of each of eight bytes */

static inline uint64_t word_at(const char *p) {
  uint64_t w;
  memcpy(&w, p, sizeof w);
  return w;
}

/* 32 bytes as one vector (GCC and Clang lower it to the machine's SIMD
 * registers, or to plain words where there are none). */
typedef uint64_t Block __attribute__((vector_size(32)));

/* Whether none of bytes [0, 256) has its high bit set. */
static bool ascii_span(const char *p) {
  Block any = {0, 0, 0, 0};
  for (int k = 0; k < 256; k += 32) {
    Block b;
    memcpy(&b, p + k, sizeof b);
    any |= b;
  }
  return ((any[0] | any[1] | any[2] | any[3]) & HIGH_BITS) == 0;
}

/* Whether none of bytes [0, length) has its high bit set, for a length
 * under 256: a word at a time, and no counting. */
static bool ascii_tail(const char *p, int length) {
  uint64_t any = 0;
  int i = 0;
  for (; i + 8 <= length; i += 8) any |= word_at(p + i);
  for (; i < length; i++) any |= (uint8_t)p[i];
  return (any & HIGH_BITS) == 0;
}

/* The length of the ASCII text at p: a multiple of 256 bytes (the spans
 * before the first that is not all ASCII), or all of it. */
static int ascii_prefix(const char *p, int length) {
  int i = 0;
  for (; i + 256 <= length; i += 256) {
    if (!ascii_span(p + i)) return i;
  }
  return ascii_tail(p + i, length - i) ? length : i;
}

/* How many of the eight bytes at p, from the first, are ASCII: where the
 * first high bit set is, the lowest bit of the word on a little-endian
 * machine (ctz and clz are single instructions, unlike popcount). */
static int ascii_run(const char *p) {
  uint64_t high = word_at(p) & HIGH_BITS;
  if (high == 0) return 8;
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  return __builtin_ctzll(high) >> 3;
#else
  return __builtin_clzll(high) >> 3;
#endif
}

/* The characters of s, cached: ASCII passed over with vector loads in
 * spans of 256 bytes (most of what scripts read is ASCII) and word loads
 * for the rest; other text decoded 256 bytes or so at a go, a character
 * at a time but a run of ASCII bytes at once. Not inlined, and it stores
 * the count itself, so that the callers of string_char_count, which
 * inline its test of the cached count, need no stack frame for it. */
__attribute__((noinline)) static int count_chars(ObjString *s) {
  const char *chars = s->chars;
  int length = s->length, at = ascii_prefix(chars, length), count = at;
  while (at < length) {
    int end = at + 256 < length ? at + 256 : length;
    while (at < end) {
      int ascii = at + 8 <= length ? ascii_run(chars + at) : 0;
      if (ascii > 0) {
        at += ascii;
        count += ascii;
      } else {
        at += utf8_char_size(chars, length, at);
        count++;
      }
    }
    int ascii = ascii_prefix(chars + at, length - at);
    count += ascii;
    at += ascii;
  }
  s->char_count = count;
  return count;
}

/* Characters as lib_utf8.h counts them, counted once. */
int string_char_count(ObjString *s) {
  return s->char_count >= 0 ? s->char_count : count_chars(s);
}

ObjString *string_slice(VM *vm, ObjString *s, int from, int to) {
  bool ascii = s->char_count == s->length;
  vm_push(vm, OBJ_VAL(s));
  ObjString *piece = new_string(vm, s->chars + from, to - from);
  vm_pop(vm);
  if (ascii) piece->char_count = piece->length;
  return piece;
}

ObjBytes *new_bytes(VM *vm, int length) {
  ObjBytes *b = ALLOCATE_OBJ(vm, ObjBytes, OBJ_BYTES);
  b->length = 0;
  b->capacity = 0;
  b->data = NULL;
  if (length > 0) {
    vm_push(vm, OBJ_VAL(b));
    b->data = ALLOCATE(vm, uint8_t, length);
    vm_pop(vm);
    memset(b->data, 0, (size_t)length);
    b->length = length;
    b->capacity = length;
  }
  return b;
}

ObjList *new_list(VM *vm) {
  ObjList *list = ALLOCATE_OBJ(vm, ObjList, OBJ_LIST);
  value_array_init(&list->items);
  return list;
}

ObjList *new_list_sized(VM *vm, int capacity) {
  ObjList *list = new_list(vm);
  if (capacity > 0) {
    vm_push(vm, OBJ_VAL(list));
    list->items.values = ALLOCATE(vm, Value, capacity);
    list->items.capacity = capacity;
    vm_pop(vm);
  }
  return list;
}

ObjDict *new_dict(VM *vm) {
  ObjDict *dict = ALLOCATE_OBJ(vm, ObjDict, OBJ_DICT);
  dict_init(&dict->dict);
  return dict;
}

ObjRange *new_range(VM *vm, double start, double end) {
  ObjRange *range = ALLOCATE_OBJ(vm, ObjRange, OBJ_RANGE);
  range->start = start;
  range->end = end;
  return range;
}

ObjFunction *new_function(VM *vm, ObjModule *module) {
  ObjFunction *fn = ALLOCATE_OBJ(vm, ObjFunction, OBJ_FUNCTION);
  fn->arity = 0;
  fn->min_arity = 0;
  fn->variadic = false;
  fn->upvalue_count = 0;
  fn->self_upvalue = -1;
  fn->max_slots = 0;
  fn->name = NULL;
  fn->module = module;
  chunk_init(&fn->chunk);
  return fn;
}

ObjClosure *new_closure(VM *vm, ObjFunction *function) {
  size_t size = sizeof(ObjClosure) + sizeof(ObjUpvalue *) * (size_t)function->upvalue_count;
  vm_push(vm, OBJ_VAL(function));
  ObjClosure *closure = (ObjClosure *)allocate_object(vm, size, OBJ_CLOSURE);
  vm_pop(vm);
  closure->function = function;
  closure->upvalue_count = function->upvalue_count;
  for (int i = 0; i < function->upvalue_count; i++) closure->upvalues[i] = NULL;
  return closure;
}

ObjUpvalue *new_upvalue(VM *vm, Value *slot) {
  ObjUpvalue *upvalue = ALLOCATE_OBJ(vm, ObjUpvalue, OBJ_UPVALUE);
  upvalue->closed = NIL_VAL;
  upvalue->location = slot;
  upvalue->next = NULL;
  return upvalue;
}

ObjNative *new_native(VM *vm, const char *name, NativeFn fn, int min_args,
                      int max_args, const char *doc) {
  ObjString *s = copy_cstring(vm, name);
  vm_push(vm, OBJ_VAL(s));
  ObjNative *native = ALLOCATE_OBJ(vm, ObjNative, OBJ_NATIVE);
  vm_pop(vm);
  native->fn = fn;
  native->name = s;
  native->min_args = min_args;
  native->max_args = max_args;
  native->extra_args = max_args < 0 ? INT32_MAX : (uint32_t)(max_args - min_args);
  native->doc = doc;
  return native;
}

ObjBoundMethod *new_bound_method(VM *vm, Value receiver, Obj *method) {
  vm_push(vm, receiver);
  vm_push(vm, OBJ_VAL(method));
  ObjBoundMethod *bound = ALLOCATE_OBJ(vm, ObjBoundMethod, OBJ_BOUND_METHOD);
  vm->fiber->stack_top -= 2;
  bound->receiver = receiver;
  bound->method = method;
  return bound;
}

ObjClass *new_class(VM *vm, ObjString *name) {
  vm_push(vm, OBJ_VAL(name));
  ObjClass *klass = ALLOCATE_OBJ(vm, ObjClass, OBJ_CLASS);
  vm_pop(vm);
  klass->name = name;
  klass->superclass = NULL;
  table_init(&klass->methods);
  table_init(&klass->fields);
  table_init(&klass->statics);
  table_init(&klass->getters);
  table_init(&klass->setters);
  klass->initializer = EMPTY_VAL;
  klass->foreign = NULL;
  klass->doc = NULL;
  return klass;
}

void class_set_superclass(VM *vm, ObjClass *klass, ObjClass *parent) {
  klass->superclass = parent;
  table_add_all(vm, &parent->methods, &klass->methods);
  table_add_all(vm, &parent->fields, &klass->fields);
  klass->initializer = parent->initializer;
}

/* A field default that is a list or dictionary is copied (with the lists
 * and dictionaries inside it) so that instances never share it. */
static Value copy_default(VM *vm, Value value, int depth) {
  if (depth > 16 || !(IS_LIST(value) || IS_DICT(value))) return value;
  if (IS_LIST(value)) {
    ObjList *copy = new_list(vm);
    vm_push(vm, OBJ_VAL(copy));
    ObjList *source = AS_LIST(value);
    for (int i = 0; i < source->items.count; i++) {
      Value item = copy_default(vm, source->items.values[i], depth + 1);
      vm_push(vm, item);
      value_array_write(vm, &copy->items, item);
      vm_pop(vm);
    }
    return vm_pop(vm);
  }
  ObjDict *copy = new_dict(vm);
  vm_push(vm, OBJ_VAL(copy));
  DictEntry *e;
  for (int i = 0; dict_next(&AS_DICT(value)->dict, &i, &e); i++) {
    Value item = copy_default(vm, e->value, depth + 1);
    vm_push(vm, item);
    dict_set(vm, &copy->dict, e->key, item);
    vm_pop(vm);
  }
  return vm_pop(vm);
}

ObjInstance *new_instance(VM *vm, ObjClass *klass) {
  vm_push(vm, OBJ_VAL(klass));
  ObjInstance *instance = ALLOCATE_OBJ(vm, ObjInstance, OBJ_INSTANCE);
  vm_pop(vm);
  instance->klass = klass;
  table_init(&instance->fields);
  vm_push(vm, OBJ_VAL(instance));
  for (int i = 0; i < klass->fields.capacity; i++) {
    Entry *e = &klass->fields.entries[i];
    if (e->key == NULL) continue;
    Value value = copy_default(vm, e->value, 0);
    vm_push(vm, value);
    table_set(vm, &instance->fields, e->key, value);
    vm_pop(vm);
  }
  vm_pop(vm);
  return instance;
}

ObjForeign *new_foreign(VM *vm, ObjClass *klass) {
  size_t size = sizeof(ObjForeign) + klass->foreign->payload_size;
  vm_push(vm, OBJ_VAL(klass));
  ObjForeign *foreign = (ObjForeign *)allocate_object(vm, size, OBJ_FOREIGN);
  vm_pop(vm);
  foreign->klass = klass;
  memset(foreign->payload, 0, klass->foreign->payload_size);
  return foreign;
}

ObjModule *new_module(VM *vm, ObjString *name, ObjString *path) {
  vm_push(vm, OBJ_VAL(name));
  if (path != NULL) vm_push(vm, OBJ_VAL(path));
  ObjModule *module = ALLOCATE_OBJ(vm, ObjModule, OBJ_MODULE);
  vm->fiber->stack_top -= path != NULL ? 2 : 1;
  module->name = name;
  module->path = path;
  table_init(&module->globals);
  module->doc = NULL;
  module->native = NULL;
  module->loaded = false;
  return module;
}

const char *value_type_name(Value v) {
  if (IS_NUMBER(v)) return "number";
  if (IS_NIL(v)) return "nil";
  if (IS_BOOL(v)) return "boolean";
  if (!IS_OBJ(v)) return "empty";
  switch (OBJ_TYPE(v)) {
  case OBJ_STRING: return "string";
  case OBJ_BYTES: return "bytes";
  case OBJ_LIST: return "list";
  case OBJ_DICT: return "dictionary";
  case OBJ_RANGE: return "range";
  case OBJ_FUNCTION:
  case OBJ_CLOSURE:
  case OBJ_NATIVE:
  case OBJ_BOUND_METHOD: return "function";
  case OBJ_CLASS: return "class";
  case OBJ_INSTANCE: return "instance";
  case OBJ_MODULE: return "module";
  case OBJ_FIBER: return "fiber";
  case OBJ_FOREIGN: return AS_FOREIGN(v)->klass->name->chars;
  case OBJ_UPVALUE: break;
  }
  return "object";
}
