/* Value arrays, truthiness, equality by value and hashing of values. */
#include <math.h>

#include "error.h"
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

static Equality equality(Value a, Value b, int depth);

static Equality lists_equal(const ObjList *a, const ObjList *b, int depth) {
  if (a->items.count != b->items.count) return VALUES_UNEQUAL;
  for (int i = 0; i < a->items.count; i++) {
    Equality e = equality(a->items.values[i], b->items.values[i], depth + 1);
    if (e != VALUES_EQUAL) return e;
  }
  return VALUES_EQUAL;
}

static Equality dicts_equal(const ObjDict *a, const ObjDict *b, int depth) {
  if (a->dict.count != b->dict.count) return VALUES_UNEQUAL;
  DictEntry *e;
  for (int i = 0; dict_next(&a->dict, &i, &e); i++) {
    Value other;
    if (!dict_get(&b->dict, e->key, &other)) return VALUES_UNEQUAL;
    Equality values = equality(e->value, other, depth + 1);
    if (values != VALUES_EQUAL) return values;
  }
  return VALUES_EQUAL;
}

static bool foreign_values_equal(const ObjForeign *a, const ObjForeign *b) {
  return a->klass == b->klass && a->klass->foreign->by_value &&
         memcmp(a->payload, b->payload, a->klass->foreign->payload_size) == 0;
}

/* Ranges never change, so as keys they count by value, as == does. */
static bool ranges_equal(const ObjRange *a, const ObjRange *b) {
  return a->start == b->start && a->end == b->end;
}

bool value_keys_equal(Value a, Value b) {
  if (IS_NUMBER(a) && IS_NUMBER(b)) return AS_NUMBER(a) == AS_NUMBER(b);
  if (a == b) return true;
  if (IS_STRING(a) && IS_STRING(b)) return strings_equal(AS_STRING(a), AS_STRING(b));
  if (IS_RANGE(a) && IS_RANGE(b)) return ranges_equal(AS_RANGE(a), AS_RANGE(b));
  return IS_FOREIGN(a) && IS_FOREIGN(b) && foreign_values_equal(AS_FOREIGN(a), AS_FOREIGN(b));
}

static Equality equality(Value a, Value b, int depth) {
  if (value_keys_equal(a, b)) return VALUES_EQUAL;
  if (!IS_OBJ(a) || !IS_OBJ(b) || OBJ_TYPE(a) != OBJ_TYPE(b)) return VALUES_UNEQUAL;
  switch (OBJ_TYPE(a)) {
  case OBJ_BYTES:
    return AS_BYTES(a)->length == AS_BYTES(b)->length &&
                   memcmp(AS_BYTES(a)->data, AS_BYTES(b)->data,
                          (size_t)AS_BYTES(a)->length) == 0
               ? VALUES_EQUAL
               : VALUES_UNEQUAL;
  case OBJ_RANGE:
    return VALUES_UNEQUAL; /* value_keys_equal compared them */
  case OBJ_LIST:
    return depth > MAX_COMPARE_DEPTH ? VALUES_TOO_DEEP
                                     : lists_equal(AS_LIST(a), AS_LIST(b), depth);
  case OBJ_DICT:
    return depth > MAX_COMPARE_DEPTH ? VALUES_TOO_DEEP
                                     : dicts_equal(AS_DICT(a), AS_DICT(b), depth);
  default: return VALUES_UNEQUAL;
  }
}

Equality value_equality(Value a, Value b) { return equality(a, b, 0); }

bool values_equal(VM *vm, Value a, Value b, bool *out) {
  Equality e = value_equality(a, b);
  if (e == VALUES_TOO_DEEP)
    return vm_raise(vm, EXC_RANGE,
                    "cannot compare lists or dicts nested more than %d levels deep "
                    "(or holding themselves)", MAX_COMPARE_DEPTH);
  *out = e == VALUES_EQUAL;
  return true;
}

static uint32_t hash_u64(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  return (uint32_t)x;
}

static uint32_t number_hash(double d) {
  if (d == 0) d = 0; /* -0 and 0 are the same key */
  if (isnan(d)) return 0x7ff8;
  return hash_u64(NUMBER_VAL(d));
}

uint32_t value_hash(Value v) {
  if (IS_NUMBER(v)) return number_hash(AS_NUMBER(v));
  if (IS_STRING(v)) return string_hash(AS_STRING(v));
  if (IS_RANGE(v)) return number_hash(AS_RANGE(v)->start) ^ number_hash(AS_RANGE(v)->end) * 31;
  if (IS_FOREIGN(v) && AS_FOREIGN(v)->klass->foreign->by_value) {
    const ObjForeign *f = AS_FOREIGN(v);
    return hash_bytes((const char *)f->payload, (int)f->klass->foreign->payload_size) ^
           hash_u64((uintptr_t)f->klass);
  }
  return hash_u64(v);
}
