/* Shared helpers of the natives (see lib_util.h). Everything that builds
 * an object here leaves it unrooted for the caller, which stores it in a
 * root before its next allocation. */
#include "lib_util.h"

#include <math.h>
#include <stdio.h>

#include "format.h"
#include "lib_utf8.h"
#include "native.h"

bool lib_check_length(VM *vm, double n, const char *what) {
  if (n >= 0 && n <= vm->max_length) return true;
  char text[32];
  format_number(n, text);
  return vm_raise(vm, EXC_VALUE, "%s(): %s must be between 0 and %d, got %s",
                  native_current_name(vm), what, vm->max_length, text);
}

void lib_list_append(VM *vm, ObjList *list, Value value) {
  vm_push(vm, value);
  value_array_write(vm, &list->items, value);
  vm_pop(vm);
}

ObjList *lib_list_copy(VM *vm, const ValueArray *src, int from, int to) {
  ObjList *list = new_list(vm);
  vm_push(vm, OBJ_VAL(list));
  for (int i = from; i < to && i < src->count; i++) {
    value_array_write(vm, &list->items, src->values[i]);
  }
  vm_pop(vm);
  return list;
}

ObjList *lib_string_chars(VM *vm, ObjString *s) {
  ObjList *list = new_list(vm);
  vm_push(vm, OBJ_VAL(list));
  for (int pos = 0; pos < s->length;) {
    int next = pos + utf8_char_size(s->chars, s->length, pos);
    lib_list_append(vm, list, OBJ_VAL(string_slice(vm, s, pos, next)));
    pos = next;
  }
  vm_pop(vm);
  return list;
}

#define ARITY_NATIVE (-1)
#define ARITY_VARIADIC (-2)

/* Parameters a script function declares, or one of the markers above. */
static int declared_arity(Value fn) {
  if (IS_BOUND_METHOD(fn)) {
    Obj *method = AS_BOUND_METHOD(fn)->method;
    if (method->type != OBJ_CLOSURE) return ARITY_NATIVE;
    fn = OBJ_VAL(method);
  }
  if (!IS_CLOSURE(fn)) return ARITY_NATIVE;
  ObjFunction *function = AS_CLOSURE(fn)->function;
  return function->variadic ? ARITY_VARIADIC : function->arity;
}

bool lib_callback(VM *vm, Value fn, int offered, const Value *argv,
                  int native_argc, Value *result) {
  int arity = declared_arity(fn);
  int argc = native_argc;
  if (arity == ARITY_VARIADIC) argc = offered;
  if (arity >= 0) argc = arity < offered ? arity : offered;
  return call_function(vm, fn, argc, argv, result);
}

/* Joins a list made only of strings with one allocation; false when an
 * item is not a string or the result would be too long. */
static bool join_strings(VM *vm, ObjList *list, const char *sep, int sep_length,
                         Value *result) {
  int64_t total = (int64_t)sep_length * (list->items.count > 0 ? list->items.count - 1 : 0);
  for (int i = 0; i < list->items.count; i++) {
    if (!IS_STRING(list->items.values[i])) return false;
    total += AS_STRING(list->items.values[i])->length;
  }
  if (total > INT32_MAX - 1) return false;
  ObjString *joined = string_alloc(vm, (int)total);
  char *out = joined->chars;
  for (int i = 0; i < list->items.count; i++) {
    if (i > 0) memcpy(out, sep, (size_t)sep_length), out += sep_length;
    ObjString *item = AS_STRING(list->items.values[i]);
    memcpy(out, item->chars, (size_t)item->length);
    out += item->length;
  }
  *result = OBJ_VAL(joined);
  return true;
}

bool lib_join(VM *vm, ObjList *list, const char *sep, int sep_length,
              Value *result) {
  if (join_strings(vm, list, sep, sep_length, result)) return true;
  StrBuf buf;
  strbuf_init(&buf);
  for (int i = 0; i < list->items.count; i++) {
    if (i > 0) strbuf_append(&buf, sep, sep_length);
    if (!format_value(vm, &buf, list->items.values[i])) {
      strbuf_free(&buf);
      return false;
    }
  }
  *result = OBJ_VAL(strbuf_to_string(vm, &buf));
  return true;
}

static int clamp_bound(double bound, int length) {
  if (isnan(bound)) return 0;
  if (bound < 0) bound += length;
  if (bound < 0) return 0;
  return bound > length ? length : (int)bound;
}

void lib_slice_bounds(double start, double end, int length, int *from,
                      int *to) {
  *from = clamp_bound(start, length);
  *to = clamp_bound(end, length);
  if (*to < *from) *to = *from;
}

/* Whether needle, whose first byte hit matches, is at hit. Most needles
 * are a few bytes ("\n", ", ", "\r\n\r\n"): compared in place, no call. */
static inline bool rest_matches(const char *hit, const char *needle, int needle_length) {
  if (needle_length > 8) return memcmp(hit, needle, (size_t)needle_length) == 0;
  for (int k = 1; k < needle_length; k++)
    if (hit[k] != needle[k]) return false;
  return true;
}

int lib_find(const char *haystack, int length, const char *needle,
             int needle_length, int from) {
  if (needle_length == 0) return from <= length ? from : -1;
  int last = length - needle_length;
  for (int i = from; i <= last; i++) {
    const char *hit = memchr(haystack + i, needle[0], (size_t)(last - i + 1));
    if (hit == NULL) return -1;
    i = (int)(hit - haystack);
    if (rest_matches(hit, needle, needle_length)) return i;
  }
  return -1;
}

bool lib_is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
         c == '\f';
}


double lib_range_count(const ObjRange *range) {
  return ceil(fabs(range->end - range->start));
}

ObjDict *lib_dict_copy(VM *vm, ObjDict *dict) {
  ObjDict *copy = new_dict(vm);
  vm_push(vm, OBJ_VAL(copy));
  DictEntry *entry;
  for (int i = 0; dict_next(&dict->dict, &i, &entry); i++) {
    dict_set(vm, &copy->dict, entry->key, entry->value);
  }
  vm_pop(vm);
  return copy;
}

ObjBytes *lib_bytes_from(VM *vm, const uint8_t *data, int length) {
  ObjBytes *bytes = new_bytes(vm, length);
  if (length > 0) memcpy(bytes->data, data, (size_t)length);
  return bytes;
}

bool lib_is_byte(Value v) {
  if (!IS_NUMBER(v)) return false;
  double n = AS_NUMBER(v);
  return n >= 0 && n <= 255 && number_is_whole(n);
}

bool lib_raise_byte(VM *vm, Value v, const char *what) {
  if (!IS_NUMBER(v)) {
    return vm_raise(vm, EXC_TYPE, "%s(): %s must be a number, got %s",
                    native_current_name(vm), what, value_type_name(v));
  }
  char text[32];
  format_number(AS_NUMBER(v), text);
  return vm_raise(vm, EXC_VALUE,
                  "%s(): %s must be an integer between 0 and 255, got %s",
                  native_current_name(vm), what, text);
}

bool lib_check_byte_list(VM *vm, ObjList *list) {
  for (int i = 0; i < list->items.count; i++) {
    if (!lib_is_byte(list->items.values[i])) {
      char what[48];
      snprintf(what, sizeof what, "item %d of the list", i);
      return lib_raise_byte(vm, list->items.values[i], what);
    }
  }
  return true;
}
