/* Value arrays, truthiness, equality by value and hashing of values. */
#include <math.h>

#include "memory.h"
#include "object.h"

void value_array_init(ValueArray *array) {
  array->capacity = 0;
  array->count = 0;
  array->values = NULL;
}

void value_array_write(VM *vm, ValueArray *array, Value value) {
  if (array->capacity < array->count + 1) {
    int old = array->capacity;
    array->capacity = GROW_CAPACITY(old);
    array->values = GROW_ARRAY(vm, Value, array->values, old, array->capacity);
  }
  array->values[array->count++] = value;
}

void value_array_free(VM *vm, ValueArray *array) {
  FREE_ARRAY(vm, Value, array->values, array->capacity);
  value_array_init(array);
}

bool value_is_falsey(Value v) {
  if (IS_NUMBER(v)) return AS_NUMBER(v) < 0;
  if (IS_NIL(v) || v == FALSE_VAL) return true;
  if (!IS_OBJ(v)) return false;
  switch (OBJ_TYPE(v)) {
  case OBJ_STRING: return AS_STRING(v)->length == 0;
  case OBJ_BYTES: return AS_BYTES(v)->length == 0;
  case OBJ_LIST: return AS_LIST(v)->items.count == 0;
  case OBJ_DICT: return AS_DICT(v)->dict.count == 0;
  default: return false;
  }
}

static bool lists_equal(ObjList *a, ObjList *b) {
  if (a->items.count != b->items.count) return false;
  for (int i = 0; i < a->items.count; i++)
    if (!values_equal(a->items.values[i], b->items.values[i])) return false;
  return true;
}

static bool dicts_equal(ObjDict *a, ObjDict *b) {
  if (a->dict.count != b->dict.count) return false;
  DictEntry *e;
  for (int i = 0; dict_next(&a->dict, &i, &e); i++) {
    Value other;
    if (!dict_get(&b->dict, e->key, &other) || !values_equal(e->value, other))
      return false;
  }
  return true;
}

static bool foreign_values_equal(const ObjForeign *a, const ObjForeign *b) {
  return a->klass == b->klass && a->klass->foreign->by_value &&
         memcmp(a->payload, b->payload, a->klass->foreign->payload_size) == 0;
}

bool values_equal(Value a, Value b) {
  if (IS_NUMBER(a) && IS_NUMBER(b)) return AS_NUMBER(a) == AS_NUMBER(b);
  if (a == b) return true;
  if (!IS_OBJ(a) || !IS_OBJ(b) || OBJ_TYPE(a) != OBJ_TYPE(b)) return false;
  switch (OBJ_TYPE(a)) {
  case OBJ_STRING: return strings_equal(AS_STRING(a), AS_STRING(b));
  case OBJ_BYTES:
    return AS_BYTES(a)->length == AS_BYTES(b)->length &&
           memcmp(AS_BYTES(a)->data, AS_BYTES(b)->data, (size_t)AS_BYTES(a)->length) == 0;
  case OBJ_LIST: return lists_equal(AS_LIST(a), AS_LIST(b));
  case OBJ_DICT: return dicts_equal(AS_DICT(a), AS_DICT(b));
  case OBJ_RANGE:
    return AS_RANGE(a)->start == AS_RANGE(b)->start && AS_RANGE(a)->end == AS_RANGE(b)->end;
  case OBJ_FOREIGN: return foreign_values_equal(AS_FOREIGN(a), AS_FOREIGN(b));
  default: return false;
  }
}

static uint32_t hash_u64(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  return (uint32_t)x;
}

uint32_t value_hash(Value v) {
  if (IS_NUMBER(v)) {
    double d = AS_NUMBER(v);
    if (d == 0) d = 0; /* -0 and 0 are the same key */
    if (isnan(d)) return 0x7ff8;
    return hash_u64(NUMBER_VAL(d));
  }
  if (IS_STRING(v)) return string_hash(AS_STRING(v));
  if (IS_FOREIGN(v) && AS_FOREIGN(v)->klass->foreign->by_value) {
    const ObjForeign *f = AS_FOREIGN(v);
    return hash_bytes((const char *)f->payload, (int)f->klass->foreign->payload_size) ^
           hash_u64((uintptr_t)f->klass);
  }
  return hash_u64(v);
}
