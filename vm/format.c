/* Value to text: the byte buffer, numbers in shortest round-trip form, and
 * the echo and quoted (repr) forms of every type. Containers print their
 * elements quoted and stop at a cycle with [...] / {...}. */
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "memory.h"
#include "native.h"

void strbuf_init(StrBuf *buf) {
  buf->data = NULL;
  buf->length = 0;
  buf->capacity = 0;
}

void strbuf_free(StrBuf *buf) {
  free(buf->data);
  strbuf_init(buf);
}

/* Sizes are reckoned in int64_t: doubling an int capacity past 2^30
 * overflowed to 0 and looped for ever. A buffer cannot pass INT_MAX,
 * the most a string holds, so that is out of memory. */
char *strbuf_reserve(StrBuf *buf, int more) {
  int64_t needed = (int64_t)buf->length + more + 1;
  if (needed > buf->capacity) {
    if (needed > INT_MAX) out_of_memory();
    int64_t capacity = buf->capacity < 64 ? 64 : buf->capacity;
    while (capacity < needed) capacity *= 2;
    if (capacity > INT_MAX) capacity = INT_MAX;
    char *data = realloc(buf->data, (size_t)capacity);
    if (data == NULL) out_of_memory();
    buf->data = data;
    buf->capacity = capacity;
  }
  return buf->data + buf->length;
}

void strbuf_append(StrBuf *buf, const char *bytes, int length) {
  char *end = strbuf_reserve(buf, length);
  if (length > 0) memcpy(end, bytes, (size_t)length);
  buf->length += length;
  buf->data[buf->length] = '\0';
}

void strbuf_append_cstr(StrBuf *buf, const char *text) {
  strbuf_append(buf, text, (int)strlen(text));
}

void strbuf_append_char(StrBuf *buf, char c) { strbuf_append(buf, &c, 1); }

ObjString *strbuf_to_string(VM *vm, StrBuf *buf) {
  ObjString *s = new_string(vm, buf->data, buf->length);
  strbuf_free(buf);
  return s;
}

/* "00" to "99": two digits written at a time. */
static const char digit_pairs[201] =
    "0001020304050607080910111213141516171819202122232425262728293031323334353637383940414243444546474849"
    "5051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899";

/* The number of decimal digits of v < 1e16: the bit length times log10(2)
 * (1233 / 4096) is the count or one short of it; 0 has one digit. */
static int decimal_length(uint64_t v) {
  static const uint64_t powers[] = {0, 10, 100, 1000, 10000, 100000, 1000000, 10000000,
                                    100000000, 1000000000, 10000000000, 100000000000,
                                    1000000000000, 10000000000000, 100000000000000,
                                    1000000000000000, 10000000000000000};
  int guess = (64 - __builtin_clzll(v | 1)) * 1233 >> 12;
  return guess + (v >= powers[guess]);
}

/* Whole numbers below 1e15 (exact in a double): digits without printf,
 * written from the end, two at a time. */
static int format_integer(int64_t n, char out[32]) {
  uint64_t magnitude = n < 0 ? (uint64_t)0 - (uint64_t)n : (uint64_t)n;
  int length = decimal_length(magnitude);
  if (n < 0) {
    out[0] = '-';
    length++;
  }
  out[length] = '\0';
  char *p = out + length;
  while (magnitude >= 100) {
    p -= 2;
    memcpy(p, digit_pairs + 2 * (magnitude % 100), 2);
    magnitude /= 100;
  }
  if (magnitude >= 10) memcpy(p - 2, digit_pairs + 2 * magnitude, 2);
  else p[-1] = (char)('0' + magnitude);
  return length;
}

int format_number(double d, char out[32]) {
  if (d > -1e15 && d < 1e15 && d == (double)(int64_t)d && !(d == 0 && signbit(d)))
    return format_integer((int64_t)d, out);
  if (isnan(d)) return snprintf(out, 32, "nan");
  if (isinf(d)) return snprintf(out, 32, d > 0 ? "inf" : "-inf");
  if (d == floor(d) && fabs(d) < 1e21) return snprintf(out, 32, "%.0f", d);
  for (int precision = 1; precision <= 17; precision++) {
    int n = snprintf(out, 32, "%.*g", precision, d);
    if (strtod(out, NULL) == d) return n;
  }
  return snprintf(out, 32, "%.17g", d);
}

ObjString *number_to_string(VM *vm, double number) {
  char text[32];
  int n = format_number(number, text);
  return new_string(vm, text, n);
}

#define MAX_NESTING 64

typedef struct {
  Obj *seen[MAX_NESTING];
  int depth;
} Nesting;

static bool format_any(VM *vm, StrBuf *buf, Value v, bool quoted, Nesting *n);

void strbuf_append_quoted(StrBuf *buf, const char *chars, int length) {
  strbuf_append_char(buf, '\'');
  for (int i = 0; i < length; i++) {
    char c = chars[i];
    switch (c) {
    case '\'': strbuf_append_cstr(buf, "\\'"); break;
    case '\\': strbuf_append_cstr(buf, "\\\\"); break;
    case '\n': strbuf_append_cstr(buf, "\\n"); break;
    case '\t': strbuf_append_cstr(buf, "\\t"); break;
    case '\r': strbuf_append_cstr(buf, "\\r"); break;
    case '\0': strbuf_append_cstr(buf, "\\0"); break;
    default: strbuf_append_char(buf, c);
    }
  }
  strbuf_append_char(buf, '\'');
}

void strbuf_append_excerpt(StrBuf *buf, const char *chars, int length, int max) {
  strbuf_append_quoted(buf, chars, length > max ? max : length);
  if (length > max) strbuf_append_cstr(buf, "...");
  strbuf_append_char(buf, '\0');
}

static bool enter(Nesting *n, Obj *object) {
  for (int i = 0; i < n->depth; i++)
    if (n->seen[i] == object) return false;
  if (n->depth == MAX_NESTING) return false;
  n->seen[n->depth++] = object;
  return true;
}

static bool format_list(VM *vm, StrBuf *buf, ObjList *list, Nesting *n) {
  if (!enter(n, (Obj *)list)) {
    strbuf_append_cstr(buf, "[...]");
    return true;
  }
  strbuf_append_char(buf, '[');
  for (int i = 0; i < list->items.count; i++) {
    if (i > 0) strbuf_append_cstr(buf, ", ");
    if (!format_any(vm, buf, list->items.values[i], true, n)) return false;
  }
  strbuf_append_char(buf, ']');
  n->depth--;
  return true;
}

static bool format_dict(VM *vm, StrBuf *buf, ObjDict *dict, Nesting *n) {
  if (!enter(n, (Obj *)dict)) {
    strbuf_append_cstr(buf, "{...}");
    return true;
  }
  strbuf_append_char(buf, '{');
  DictEntry *e;
  bool first = true;
  for (int i = 0; dict_next(&dict->dict, &i, &e); i++) {
    if (!first) strbuf_append_cstr(buf, ", ");
    first = false;
    if (!format_any(vm, buf, e->key, true, n)) return false;
    strbuf_append_cstr(buf, ": ");
    if (!format_any(vm, buf, e->value, true, n)) return false;
  }
  strbuf_append_char(buf, '}');
  n->depth--;
  return true;
}

static void format_bytes(StrBuf *buf, ObjBytes *bytes) {
  strbuf_append_cstr(buf, "bytes([");
  for (int i = 0; i < bytes->length; i++) {
    char text[8];
    int len = snprintf(text, sizeof text, i ? ", %u" : "%u", bytes->data[i]);
    strbuf_append(buf, text, len);
  }
  strbuf_append_cstr(buf, "])");
}

/* An object whose class defines @to_string prints what that returns. */
static bool format_with_hook(VM *vm, StrBuf *buf, Value v, ObjClass *klass, bool *done) {
  Value method;
  *done = false;
  if (!table_get(&klass->methods, vm->str_to_string, &method)) return true;
  Value result;
  if (!call_function(vm, OBJ_VAL(new_bound_method(vm, v, AS_OBJ(method))), 0, NULL, &result))
    return false;
  if (!IS_STRING(result))
    return vm_raise(vm, EXC_TYPE, "@to_string() of %s must return a string, got %s",
                    klass->name->chars, value_type_name(result));
  strbuf_append(buf, AS_STRING(result)->chars, AS_STRING(result)->length);
  *done = true;
  return true;
}

static ObjString *function_name(Obj *object) {
  switch ((ObjType)object->type) {
  case OBJ_CLOSURE: return ((ObjClosure *)object)->function->name;
  case OBJ_FUNCTION: return ((ObjFunction *)object)->name;
  case OBJ_NATIVE: return ((ObjNative *)object)->name;
  case OBJ_BOUND_METHOD: return function_name(((ObjBoundMethod *)object)->method);
  default: return NULL;
  }
}

static bool format_object(VM *vm, StrBuf *buf, Value v, bool quoted, Nesting *n) {
  Obj *object = AS_OBJ(v);
  char text[160];
  switch ((ObjType)object->type) {
  case OBJ_STRING:
    if (quoted) strbuf_append_quoted(buf, AS_STRING(v)->chars, AS_STRING(v)->length);
    else strbuf_append(buf, AS_STRING(v)->chars, AS_STRING(v)->length);
    return true;
  case OBJ_LIST: return format_list(vm, buf, (ObjList *)object, n);
  case OBJ_DICT: return format_dict(vm, buf, (ObjDict *)object, n);
  case OBJ_BYTES: format_bytes(buf, (ObjBytes *)object); return true;
  case OBJ_RANGE: {
    char a[32], b[32];
    format_number(AS_RANGE(v)->start, a);
    format_number(AS_RANGE(v)->end, b);
    snprintf(text, sizeof text, "%s..%s", a, b);
    break;
  }
  case OBJ_FUNCTION: case OBJ_CLOSURE: case OBJ_NATIVE: case OBJ_BOUND_METHOD: {
    ObjString *name = function_name(object);
    snprintf(text, sizeof text, "<function %.100s>", name && name->length ? name->chars : "<script>");
    break;
  }
  case OBJ_CLASS: snprintf(text, sizeof text, "<class %.100s>", AS_CLASS(v)->name->chars); break;
  case OBJ_INSTANCE:
  case OBJ_FOREIGN: {
    ObjClass *klass = class_of(v);
    bool done;
    if (!format_with_hook(vm, buf, v, klass, &done)) return false;
    if (done) return true;
    snprintf(text, sizeof text, "<%.100s instance>", klass->name->chars);
    break;
  }
  case OBJ_MODULE: snprintf(text, sizeof text, "<module %.100s>", AS_MODULE(v)->name->chars); break;
  case OBJ_FIBER: snprintf(text, sizeof text, "<fiber>"); break;
  case OBJ_UPVALUE: snprintf(text, sizeof text, "<upvalue>"); break;
  }
  strbuf_append_cstr(buf, text);
  return true;
}

static bool format_any(VM *vm, StrBuf *buf, Value v, bool quoted, Nesting *n) {
  if (IS_NUMBER(v)) {
    char text[32];
    strbuf_append(buf, text, format_number(AS_NUMBER(v), text));
  } else if (IS_NIL(v)) {
    strbuf_append_cstr(buf, "nil");
  } else if (IS_BOOL(v)) {
    strbuf_append_cstr(buf, AS_BOOL(v) ? "true" : "false");
  } else if (IS_OBJ(v)) {
    return format_object(vm, buf, v, quoted, n);
  }
  return true;
}

bool format_value(VM *vm, StrBuf *buf, Value value) {
  Nesting n = {.depth = 0};
  return format_any(vm, buf, value, false, &n);
}

bool format_repr(VM *vm, StrBuf *buf, Value value) {
  Nesting n = {.depth = 0};
  return format_any(vm, buf, value, true, &n);
}

ObjString *value_to_string(VM *vm, Value value) {
  if (IS_STRING(value)) return AS_STRING(value);
  if (IS_NUMBER(value)) return number_to_string(vm, AS_NUMBER(value));
  StrBuf buf;
  strbuf_init(&buf);
  if (!format_value(vm, &buf, value)) {
    strbuf_free(&buf);
    return NULL;
  }
  return strbuf_to_string(vm, &buf);
}
