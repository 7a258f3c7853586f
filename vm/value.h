/* Values: NaN-boxed 64-bit words. A double is stored as itself; nil,
 * booleans and the internal "empty" marker are quiet NaNs with a small tag;
 * an object pointer is a quiet NaN with the sign bit set. Also the growable
 * ValueArray used by chunks and lists. */
#ifndef SABRE_VM_VALUE_H
#define SABRE_VM_VALUE_H

#include <math.h>

#include "common.h"

typedef struct Obj Obj;
typedef struct ObjString ObjString;
typedef uint64_t Value;

#define SIGN_BIT ((uint64_t)0x8000000000000000)
#define QNAN ((uint64_t)0x7ffc000000000000)

#define TAG_NIL 1
#define TAG_FALSE 2
#define TAG_TRUE 3
#define TAG_EMPTY 4

#define NIL_VAL ((Value)(QNAN | TAG_NIL))
#define FALSE_VAL ((Value)(QNAN | TAG_FALSE))
#define TRUE_VAL ((Value)(QNAN | TAG_TRUE))
/* Marks an unused slot (tables, missing arguments); never seen by scripts. */
#define EMPTY_VAL ((Value)(QNAN | TAG_EMPTY))
#define BOOL_VAL(b) ((b) ? TRUE_VAL : FALSE_VAL)
#define OBJ_VAL(o) (Value)(SIGN_BIT | QNAN | (uint64_t)(uintptr_t)(o))

#define IS_NIL(v) ((v) == NIL_VAL)
#define IS_EMPTY(v) ((v) == EMPTY_VAL)
#define IS_BOOL(v) (((v) | 1) == TRUE_VAL)
#define IS_NUMBER(v) (((v) & QNAN) != QNAN)
#define IS_OBJ(v) (((v) & (QNAN | SIGN_BIT)) == (QNAN | SIGN_BIT))

#define AS_BOOL(v) ((v) == TRUE_VAL)
#define AS_OBJ(v) ((Obj *)(uintptr_t)((v) & ~(SIGN_BIT | QNAN)))

static inline double value_to_num(Value v) {
  double d;
  memcpy(&d, &v, sizeof d);
  return d;
}

static inline Value num_to_value(double d) {
  Value v;
  memcpy(&v, &d, sizeof d);
  return v;
}

#define AS_NUMBER(v) value_to_num(v)
#define NUMBER_VAL(n) num_to_value(n)

/* Whether d is a whole number (d == trunc(d)): numbers that fit an int32,
 * as indexes and bounds do, are checked with two conversions, cheaper than
 * trunc on a baseline x86-64 (no SSE4.1 round instruction). */
static inline bool number_is_whole(double d) {
  if (d > -2147483648.0 && d < 2147483648.0) return (double)(int32_t)d == d;
  return d == trunc(d);
}

typedef struct {
  int capacity;
  int count;
  Value *values;
} ValueArray;

typedef struct VM VM;

void value_array_init(ValueArray *array);
/* Appends; may collect garbage, so value must be reachable or on the stack. */
void value_array_write(VM *vm, ValueArray *array, Value value);
void value_array_free(VM *vm, ValueArray *array);

/* Blade truthiness: nil, false, '', empty bytes/list/dict and negative
 * numbers are false. */
bool value_is_falsey(Value value);
/* Lists and dicts nested deeper than this (or holding themselves) are too
 * deep to compare: the comparison would exhaust the C stack. */
#define MAX_COMPARE_DEPTH 1000

typedef enum { VALUES_UNEQUAL, VALUES_EQUAL, VALUES_TOO_DEEP } Equality;

/* Equality by value: numbers, strings, bytes, ranges, lists and dicts
 * compare their contents; other objects compare by identity. */
Equality value_equality(Value a, Value b);
/* value_equality into *out, raising when the values nest too deeply. */
bool values_equal(VM *vm, Value a, Value b, bool *out);
/* Equality as dict keys: by value for what value_hash hashes by value
 * (numbers, strings, by-value foreign objects), by identity otherwise. */
bool value_keys_equal(Value a, Value b);
uint32_t value_hash(Value value);

#endif
