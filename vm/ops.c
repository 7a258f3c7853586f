/* Operators on values other than plain numbers: arithmetic errors and
 * overloading, string/list/bytes concatenation and repetition, ordering of
 * strings, indexing and slicing of every indexable type, for-loop
 * iteration (including the @iter/@itern protocol) and interpolation. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "error.h"
#include "format.h"
#include "memory.h"
#include "native.h"
#include "lib_utf8.h"
#include "lib_util.h"
#include "vm_internal.h"

static const char *op_symbol(OpCode op) {
  switch (op) {
  case OP_ADD: return "+";
  case OP_SUBTRACT: return "-";
  case OP_MULTIPLY: return "*";
  case OP_DIVIDE: return "/";
  case OP_MODULO: return "%";
  case OP_FLOOR_DIVIDE: return "//";
  case OP_POWER: return "**";
  case OP_BIT_AND: return "&";
  case OP_BIT_OR: return "|";
  case OP_BIT_XOR: return "^";
  case OP_SHIFT_LEFT: return "<<";
  case OP_SHIFT_RIGHT: return ">>";
  case OP_SHIFT_URIGHT: return ">>>";
  case OP_LESS: return "<";
  case OP_LESS_EQUAL: return "<=";
  case OP_GREATER: return ">";
  case OP_GREATER_EQUAL: return ">=";
  case OP_EQUAL: return "==";
  case OP_NEGATE: return "-";
  case OP_BIT_NOT: return "~";
  default: return "?";
  }
}

/* Calls the instance's `def <op>` method, if it has one. */
static bool overload(VM *vm, Value a, const char *symbol, Value b, Value *out, bool *found) {
  *found = false;
  if (!IS_INSTANCE(a)) return true;
  Value method;
  ObjString *name = copy_cstring(vm, symbol);
  if (!table_get(&AS_INSTANCE(a)->klass->methods, name, &method)) return true;
  *found = true;
  Value bound = OBJ_VAL(new_bound_method(vm, a, AS_OBJ(method)));
  return call_function(vm, bound, 1, &b, out);
}

static int64_t to_int64(double d) {
  if (isnan(d)) return 0;
  if (d >= 9223372036854775807.0) return INT64_MAX;
  if (d <= -9223372036854775808.0) return INT64_MIN;
  return (int64_t)d;
}

static bool bitwise(OpCode op, double x, double y, Value *out) {
  int64_t a = to_int64(x), b = to_int64(y);
  int64_t r;
  switch (op) {
  case OP_BIT_AND: r = a & b; break;
  case OP_BIT_OR: r = a | b; break;
  case OP_BIT_XOR: r = a ^ b; break;
  case OP_SHIFT_LEFT: r = (int64_t)((uint64_t)a << (b & 63)); break;
  case OP_SHIFT_RIGHT: r = a >> (b & 63); break;
  case OP_SHIFT_URIGHT: *out = NUMBER_VAL((double)((uint64_t)a >> (b & 63))); return true;
  case OP_BIT_NOT: r = ~a; break;
  default: return false;
  }
  *out = NUMBER_VAL((double)r);
  return true;
}

/* Strings are immutable, so joining one to nothing is the string itself
 * (a buffer that starts empty and takes a received chunk copies nothing).
 * Character counts already known add up unless b opens with a
 * continuation byte, which may complete a sequence left open at the end
 * of a (then the joined text is counted when asked). */
static ObjString *concat(VM *vm, ObjString *a, ObjString *b) {
  if (a->length == 0) return b;
  if (b->length == 0) return a;
  ObjString *s = string_alloc(vm, a->length + b->length);
  memcpy(s->chars, a->chars, (size_t)a->length);
  memcpy(s->chars + a->length, b->chars, (size_t)b->length);
  if (a->char_count >= 0 && b->char_count >= 0 && !utf8_is_continuation(b->chars[0]))
    s->char_count = a->char_count + b->char_count;
  return s;
}

/* Whether a result, length units long, is one that may be built
 * (vm->max_length, as lib_check_length for the natives); what names it. */
static bool result_fits(VM *vm, double length, const char *what, const char *kind,
                        const char *units) {
  if (length <= vm->max_length) return true;
  char text[32];
  format_number(length, text);
  return vm_raise(vm, EXC_VALUE, "%s %s would be too long: %s %s, at most %d", what, kind, text,
                  units, vm->max_length);
}

/* Whether a join of lengths x and y fits: their sum could overflow an
 * int even when each is under the limit. */
static bool join_fits(VM *vm, int x, int y, const char *kind, const char *units) {
  return result_fits(vm, (double)x + y, "joined", kind, units);
}

static bool repeat(VM *vm, Value seq, double times, Value *out) {
  if (!number_is_whole(times) || times < 0 || times > INT32_MAX) {
    char text[32];
    format_number(times, text);
    return vm_raise(vm, EXC_VALUE, "cannot repeat a %s %s times", value_type_name(seq), text);
  }
  int n = (int)times;
  if (IS_STRING(seq)) {
    ObjString *s = AS_STRING(seq);
    if (!result_fits(vm, (double)s->length * n, "repeated", "string", "bytes")) return false;
    ObjString *r = string_alloc(vm, s->length * n);
    for (int i = 0; i < n; i++) memcpy(r->chars + (size_t)i * (size_t)s->length, s->chars, (size_t)s->length);
    *out = OBJ_VAL(r);
    return true;
  }
  ObjList *src = AS_LIST(seq);
  int count = src->items.count;
  if (!result_fits(vm, (double)count * n, "repeated", "list", "items")) return false;
  ObjList *list = new_list_sized(vm, count * n);
  for (int i = 0; count > 0 && i < n; i++) /* an empty list has no array to copy */
    memcpy(list->items.values + (size_t)i * (size_t)count, src->items.values, sizeof(Value) * (size_t)count);
  list->items.count = count * n;
  *out = OBJ_VAL(list);
  return true;
}

bool op_add_objects(VM *vm, Value a, Value b, Value *out, bool *joined) {
  *joined = true;
  if (IS_STRING(a) && IS_STRING(b)) {
    if (!join_fits(vm, AS_STRING(a)->length, AS_STRING(b)->length, "string", "bytes")) return false;
    *out = OBJ_VAL(concat(vm, AS_STRING(a), AS_STRING(b)));
    return true;
  }
  if ((IS_STRING(a) && IS_NUMBER(b)) || (IS_NUMBER(a) && IS_STRING(b))) {
    ObjString *number = number_to_string(vm, AS_NUMBER(IS_NUMBER(a) ? a : b));
    ObjString *string = AS_STRING(IS_STRING(a) ? a : b);
    if (!join_fits(vm, string->length, number->length, "string", "bytes")) return false;
    vm_push(vm, OBJ_VAL(number));
    *out = OBJ_VAL(IS_STRING(a) ? concat(vm, string, number) : concat(vm, number, string));
    vm_pop(vm);
    return true;
  }
  if (IS_LIST(a) && IS_LIST(b)) {
    if (!join_fits(vm, AS_LIST(a)->items.count, AS_LIST(b)->items.count, "list", "items"))
      return false;
    ObjList *list = new_list(vm);
    vm_push(vm, OBJ_VAL(list));
    for (int i = 0; i < AS_LIST(a)->items.count; i++) value_array_write(vm, &list->items, AS_LIST(a)->items.values[i]);
    for (int i = 0; i < AS_LIST(b)->items.count; i++) value_array_write(vm, &list->items, AS_LIST(b)->items.values[i]);
    vm_pop(vm);
    *out = OBJ_VAL(list);
    return true;
  }
  if (IS_BYTES(a) && IS_BYTES(b)) {
    ObjBytes *x = AS_BYTES(a), *y = AS_BYTES(b);
    if (!join_fits(vm, x->length, y->length, "bytes", "bytes")) return false;
    ObjBytes *r = new_bytes(vm, x->length + y->length);
    if (x->length) memcpy(r->data, x->data, (size_t)x->length);
    if (y->length) memcpy(r->data + x->length, y->data, (size_t)y->length);
    *out = OBJ_VAL(r);
    return true;
  }
  *joined = false;
  return true;
}

/* An operand's type as errors name it: an instance by its class. */
static const char *operand_type(Value v) {
  return IS_INSTANCE(v) ? AS_INSTANCE(v)->klass->name->chars : value_type_name(v);
}

static const char *instance_word(Value v) { return IS_INSTANCE(v) ? " instance" : ""; }

/* Names the operands; when the left one is an instance, whose class was
 * asked for the overload, also what it lacks (`-x` asks for def -). */
static bool operand_error(VM *vm, OpCode op, Value a, Value b, bool unary) {
  const char *symbol = op_symbol(op);
  char operands[160];
  if (unary)
    snprintf(operands, sizeof operands, "%s%s", operand_type(a), instance_word(a));
  else
    snprintf(operands, sizeof operands, "%s%s and %s%s", operand_type(a), instance_word(a),
             operand_type(b), instance_word(b));
  if (!IS_INSTANCE(a) || op == OP_BIT_NOT) /* ~ has no overload */
    return vm_raise(vm, EXC_NUMERIC, "unsupported operand%s for %s: %s", unary ? "" : "s",
                    symbol, operands);
  return vm_raise(vm, EXC_NUMERIC, "unsupported operand%s for %s: %s (class %s has no def %s)",
                  unary ? "" : "s", symbol, operands, operand_type(a), symbol);
}

bool op_arithmetic(VM *vm, OpCode op, Value a, Value b, Value *out) {
  bool unary = op == OP_NEGATE || op == OP_BIT_NOT;
  if (IS_NUMBER(a) && (unary || IS_NUMBER(b)) && bitwise(op, AS_NUMBER(a), unary ? 0 : AS_NUMBER(b), out))
    return true;
  if (op == OP_ADD) {
    bool joined;
    if (!op_add_objects(vm, a, b, out, &joined)) return false;
    if (joined) return true;
  }
  if (op == OP_MULTIPLY && (IS_STRING(a) || IS_LIST(a)) && IS_NUMBER(b))
    return repeat(vm, a, AS_NUMBER(b), out);
  bool found;
  if (!overload(vm, a, op_symbol(op), unary ? NIL_VAL : b, out, &found)) return false;
  return found || operand_error(vm, op, a, b, unary);
}

bool op_compare(VM *vm, OpCode op, Value a, Value b, Value *out) {
  if (IS_STRING(a) && IS_STRING(b)) {
    int c = string_compare(AS_STRING(a), AS_STRING(b));
    bool r = op == OP_LESS ? c < 0 : op == OP_LESS_EQUAL ? c <= 0 : op == OP_GREATER ? c > 0 : c >= 0;
    *out = BOOL_VAL(r);
    return true;
  }
  bool found;
  if (!overload(vm, a, op_symbol(op), b, out, &found)) return false;
  if (found) return true;
  return vm_raise(vm, EXC_TYPE, "cannot compare %s%s and %s%s with %s", operand_type(a),
                  instance_word(a), operand_type(b), instance_word(b), op_symbol(op));
}

bool op_equal(VM *vm, Value a, Value b, bool *out) {
  if (IS_INSTANCE(a)) {
    Value result;
    bool found;
    if (!overload(vm, a, "==", b, &result, &found)) return false;
    if (found) {
      *out = !value_is_falsey(result);
      return true;
    }
  }
  return values_equal(vm, a, b, out);
}

/* ---- indexing ---- */

/* Characters start to end of s. Text cut where characters begin splits
 * into the same characters as before, so the piece's count is known. */
static ObjString *char_slice(VM *vm, ObjString *s, int start, int end) {
  if (s->char_count == s->length) return string_slice(vm, s, start, end); /* ASCII */
  int from = utf8_offset(s, start);
  ObjString *piece = string_slice(vm, s, from, utf8_offset(s, end));
  piece->char_count = end - start;
  return piece;
}

static bool index_type_error(VM *vm, Value object, Value index) {
  return vm_raise(vm, EXC_TYPE, "%s index must be a number, got %s", value_type_name(object),
                  value_type_name(index));
}

bool op_get_index(VM *vm, Value object, Value index, Value *out) {
  int i;
  if (IS_DICT(object)) {
    if (dict_get(&AS_DICT(object)->dict, index, out)) return true;
    ObjString *key = value_to_string(vm, index);
    if (key == NULL) return false;
    return vm_raise(vm, EXC_RANGE, "key '%s' not found in dictionary", key->chars);
  }
  if (IS_LIST(object) || IS_STRING(object) || IS_BYTES(object)) {
    if (!IS_NUMBER(index)) return index_type_error(vm, object, index);
    if (IS_LIST(object)) {
      ObjList *list = AS_LIST(object);
      if (!normalize_index(vm, AS_NUMBER(index), list->items.count, &i)) return false;
      *out = list->items.values[i];
    } else if (IS_BYTES(object)) {
      ObjBytes *bytes = AS_BYTES(object);
      if (!normalize_index(vm, AS_NUMBER(index), bytes->length, &i)) return false;
      *out = NUMBER_VAL(bytes->data[i]);
    } else {
      ObjString *s = AS_STRING(object);
      if (!normalize_index(vm, AS_NUMBER(index), string_char_count(s), &i)) return false;
      *out = OBJ_VAL(char_slice(vm, s, i, i + 1));
    }
    return true;
  }
  if (IS_RANGE(object) && IS_NUMBER(index)) {
    ObjRange *r = AS_RANGE(object);
    int length = (int)lib_range_count(r);
    if (!normalize_index(vm, AS_NUMBER(index), length, &i)) return false;
    *out = NUMBER_VAL(r->start + (r->end >= r->start ? i : -i));
    return true;
  }
  bool found;
  if (!overload(vm, object, "[]", index, out, &found)) return false;
  if (found) return true;
  return vm_raise(vm, EXC_TYPE, "%s is not indexable", value_type_name(object));
}

bool op_set_index(VM *vm, Value object, Value index, Value value) {
  int i;
  if (IS_DICT(object)) {
    dict_set(vm, &AS_DICT(object)->dict, index, value);
    return true;
  }
  if (IS_LIST(object)) {
    if (!IS_NUMBER(index)) return index_type_error(vm, object, index);
    ObjList *list = AS_LIST(object);
    if (!normalize_index(vm, AS_NUMBER(index), list->items.count, &i)) return false;
    list->items.values[i] = value;
    return true;
  }
  if (IS_BYTES(object)) {
    if (!IS_NUMBER(index)) return index_type_error(vm, object, index);
    ObjBytes *bytes = AS_BYTES(object);
    if (!normalize_index(vm, AS_NUMBER(index), bytes->length, &i)) return false;
    if (!IS_NUMBER(value))
      return vm_raise(vm, EXC_TYPE, "a byte must be a number, got %s", value_type_name(value));
    if (!lib_is_byte(value)) {
      char text[32];
      format_number(AS_NUMBER(value), text);
      return vm_raise(vm, EXC_VALUE, "a byte must be an integer between 0 and 255, got %s", text);
    }
    bytes->data[i] = (uint8_t)AS_NUMBER(value);
    return true;
  }
  if (IS_STRING(object))
    return vm_raise(vm, EXC_TYPE, "strings are immutable: cannot assign to an index");
  return vm_raise(vm, EXC_TYPE, "%s does not support index assignment", value_type_name(object));
}

/* slice_bounds past its common case: a bound that is not an integer, or
 * bounds out of range or out of order (clamped). */
static SB_NOINLINE bool slice_bounds_slow(VM *vm, Value start, Value end, int length, int *from,
                                          int *to) {
  Value given[2] = {start, end};
  for (int k = 0; k < 2; k++) {
    if (IS_NIL(given[k])) continue;
    if (!IS_NUMBER(given[k]))
      return vm_raise(vm, EXC_TYPE, "slice bounds must be integers or nil, got %s",
                      value_type_name(given[k]));
    if (!number_is_whole(AS_NUMBER(given[k]))) {
      char text[32];
      format_number(AS_NUMBER(given[k]), text);
      return vm_raise(vm, EXC_VALUE, "slice bounds must be integers, got %s", text);
    }
  }
  lib_slice_bounds(IS_NIL(start) ? 0 : AS_NUMBER(start), IS_NIL(end) ? length : AS_NUMBER(end),
                   length, from, to);
  return true;
}

/* Slice bounds may be nil (the start or the end) or integers; negatives
 * count from the end and out-of-range bounds are clamped, as in Python. */
static inline bool slice_bounds(VM *vm, Value start, Value end, int length, int *from, int *to) {
  /* The common case: integers (negatives counting from the end) or nil
   * that fall inside the value, in order. NAN stands for anything else. */
  double a = IS_NIL(start) ? 0 : IS_NUMBER(start) ? AS_NUMBER(start) : NAN;
  double b = IS_NIL(end) ? length : IS_NUMBER(end) ? AS_NUMBER(end) : NAN;
  if (a < 0) a += length;
  if (b < 0) b += length;
  /* Both lie in [0, length] here, so number_is_whole's int32 test is all
   * there is to check (written out: the call's range test costs 1.5%). */
  if (a >= 0 && a <= b && b <= length && (double)(int)a == a && (double)(int)b == b) {
    *from = (int)a;
    *to = (int)b;
    return true;
  }
  return slice_bounds_slow(vm, start, end, length, from, to);
}

bool op_slice(VM *vm, Value object, Value start, Value end, Value *out) {
  int from, to;
  if (IS_STRING(object)) {
    ObjString *s = AS_STRING(object);
    if (!slice_bounds(vm, start, end, string_char_count(s), &from, &to)) return false;
    *out = OBJ_VAL(char_slice(vm, s, from, to));
    return true;
  }
  if (IS_LIST(object)) {
    ObjList *src = AS_LIST(object);
    if (!slice_bounds(vm, start, end, src->items.count, &from, &to)) return false;
    ObjList *list = new_list_sized(vm, to - from);
    if (to > from)
      memcpy(list->items.values, src->items.values + from, sizeof(Value) * (size_t)(to - from));
    list->items.count = to - from;
    *out = OBJ_VAL(list);
    return true;
  }
  if (IS_BYTES(object)) {
    ObjBytes *src = AS_BYTES(object);
    if (!slice_bounds(vm, start, end, src->length, &from, &to)) return false;
    ObjBytes *bytes = new_bytes(vm, to - from);
    if (to > from) memcpy(bytes->data, src->data + from, (size_t)(to - from));
    *out = OBJ_VAL(bytes);
    return true;
  }
  return vm_raise(vm, EXC_TYPE, "%s cannot be sliced", value_type_name(object));
}

/* ---- iteration ---- */

enum { IT_ITERABLE, IT_CURSOR, IT_INDEX, IT_KEY, IT_VALUE };

static bool iterate_instance(VM *vm, Value *slots, bool *done) {
  ObjInstance *instance = AS_INSTANCE(slots[IT_ITERABLE]);
  Value itern, iter;
  if (!table_get(&instance->klass->methods, vm->str_itern, &itern) ||
      !table_get(&instance->klass->methods, vm->str_iter, &iter))
    return vm_raise(vm, EXC_TYPE, "%s is not iterable: it needs @iter and @itern methods",
                    instance->klass->name->chars);
  Value key;
  Value bound = OBJ_VAL(new_bound_method(vm, slots[IT_ITERABLE], AS_OBJ(itern)));
  if (!call_function(vm, bound, 1, &slots[IT_CURSOR], &key)) return false;
  if (IS_NIL(key) || key == FALSE_VAL) {
    *done = true;
    return true;
  }
  slots[IT_CURSOR] = key;
  slots[IT_KEY] = key;
  bound = OBJ_VAL(new_bound_method(vm, slots[IT_ITERABLE], AS_OBJ(iter)));
  return call_function(vm, bound, 1, &key, &slots[IT_VALUE]);
}

static bool iterate_string(VM *vm, Value *slots, bool *done) {
  ObjString *s = AS_STRING(slots[IT_ITERABLE]);
  int offset = IS_NIL(slots[IT_CURSOR]) ? 0 : (int)AS_NUMBER(slots[IT_CURSOR]);
  int index = IS_NIL(slots[IT_INDEX]) ? 0 : (int)AS_NUMBER(slots[IT_INDEX]);
  if (offset >= s->length) {
    *done = true;
    return true;
  }
  int width = utf8_char_size(s->chars, s->length, offset);
  slots[IT_VALUE] = OBJ_VAL(string_slice(vm, s, offset, offset + width));
  slots[IT_CURSOR] = NUMBER_VAL(offset + width);
  slots[IT_INDEX] = NUMBER_VAL(index + 1);
  slots[IT_KEY] = NUMBER_VAL(index);
  return true;
}

bool op_for_iter(VM *vm, Value *slots, bool *done) {
  Value iterable = slots[IT_ITERABLE];
  *done = false;
  if (IS_STRING(iterable)) return iterate_string(vm, slots, done);
  if (IS_INSTANCE(iterable)) return iterate_instance(vm, slots, done);
  double cursor = IS_NUMBER(slots[IT_CURSOR]) ? AS_NUMBER(slots[IT_CURSOR]) : 0;
  if (IS_RANGE(iterable)) {
    ObjRange *r = AS_RANGE(iterable);
    double step = r->end >= r->start ? 1 : -1;
    double next = r->start + step * cursor;
    if (step > 0 ? next >= r->end : next <= r->end) *done = true;
    slots[IT_KEY] = NUMBER_VAL(cursor);
    slots[IT_VALUE] = NUMBER_VAL(next);
  } else if (IS_LIST(iterable)) {
    ObjList *list = AS_LIST(iterable);
    if (cursor >= list->items.count) *done = true;
    else slots[IT_KEY] = NUMBER_VAL(cursor), slots[IT_VALUE] = list->items.values[(int)cursor];
  } else if (IS_BYTES(iterable)) {
    ObjBytes *bytes = AS_BYTES(iterable);
    if (cursor >= bytes->length) *done = true;
    else slots[IT_KEY] = NUMBER_VAL(cursor), slots[IT_VALUE] = NUMBER_VAL(bytes->data[(int)cursor]);
  } else if (IS_DICT(iterable)) {
    int position = (int)cursor;
    DictEntry *e;
    if (!dict_next(&AS_DICT(iterable)->dict, &position, &e)) *done = true;
    else slots[IT_KEY] = e->key, slots[IT_VALUE] = e->value, cursor = position;
  } else {
    return vm_raise(vm, EXC_TYPE, "%s is not iterable", value_type_name(iterable));
  }
  slots[IT_CURSOR] = NUMBER_VAL(cursor + 1);
  return true;
}

bool op_interpolate(VM *vm, int count) {
  Value *parts = vm->fiber->stack_top - count;
  StrBuf buf;
  strbuf_init(&buf);
  for (int i = 0; i < count; i++) {
    if (!format_value(vm, &buf, parts[i])) {
      strbuf_free(&buf);
      return false;
    }
  }
  ObjString *s = strbuf_to_string(vm, &buf);
  vm->fiber->stack_top = parts;
  vm_push(vm, OBJ_VAL(s));
  return true;
}
