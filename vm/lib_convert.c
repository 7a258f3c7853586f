/* The conversion built-ins: to_string, to_number, to_int, to_bool,
 * to_list, to_dict and bytes(), plus the number parser and list
 * conversion they share with the types' methods (lib_convert.h). */
#include "lib_convert.h"

#include <math.h>
#include <stdlib.h>

#include "builtins.h"
#include "format.h"
#include "lib_util.h"
#include "native.h"

static bool is_digit_of(char c, int base) {
  if (base == 16) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') ||
                         (c >= 'A' && c <= 'F');
  return c >= '0' && c < '0' + base;
}

static bool parse_based(const char *s, int length, int base, double *out) {
  if (length == 0) return false;
  double n = 0;
  for (int i = 0; i < length; i++) {
    if (!is_digit_of(s[i], base)) return false;
    int digit = s[i] <= '9' ? s[i] - '0' : (s[i] | 0x20) - 'a' + 10;
    n = n * base + digit;
  }
  *out = n;
  return true;
}

static int skip_digits(const char *s, int length, int i) {
  while (i < length && s[i] >= '0' && s[i] <= '9') i++;
  return i;
}

/* digits [. digits] [e [sign] digits], with a digit somewhere before the
 * exponent; strtod then does the correctly rounded conversion. */
static bool parse_decimal(const char *s, int length, double *out) {
  int i = skip_digits(s, length, 0);
  int mantissa_digits = i;
  if (i < length && s[i] == '.') {
    int after = skip_digits(s, length, i + 1);
    mantissa_digits += after - i - 1;
    i = after;
  }
  if (mantissa_digits == 0) return false;
  if (i < length && (s[i] == 'e' || s[i] == 'E')) {
    i++;
    if (i < length && (s[i] == '+' || s[i] == '-')) i++;
    int after = skip_digits(s, length, i);
    if (after == i) return false;
    i = after;
  }
  if (i != length) return false;
  *out = strtod(s, NULL);
  return true;
}

static bool parse_unsigned(const char *s, int length, double *out) {
  if (length > 2 && s[0] == '0') {
    switch (s[1]) {
      case 'x': case 'X': return parse_based(s + 2, length - 2, 16, out);
      case 'b': case 'B': return parse_based(s + 2, length - 2, 2, out);
      case 'c': case 'C': return parse_based(s + 2, length - 2, 8, out);
      default: break;
    }
  }
  return parse_decimal(s, length, out);
}

bool lib_parse_number(VM *vm, ObjString *text, double *out) {
  const char *s = text->chars;
  int start = 0, end = text->length;
  while (start < end && lib_is_space(s[start])) start++;
  while (end > start && lib_is_space(s[end - 1])) end--;
  bool negative = start < end && s[start] == '-';
  if (start < end && (s[start] == '-' || s[start] == '+')) start++;
  if (!parse_unsigned(s + start, end - start, out)) {
    StrBuf quoted;
    strbuf_init(&quoted);
    strbuf_append_excerpt(&quoted, s, text->length, 40);
    vm_raise(vm, EXC_VALUE, "%s(): %s is not a number", native_current_name(vm), quoted.data);
    strbuf_free(&quoted);
    return false;
  }
  if (negative) *out = -*out;
  return true;
}

static ObjList *dict_pairs(VM *vm, ObjDict *dict) {
  ObjList *list = new_list(vm);
  vm_push(vm, OBJ_VAL(list));
  DictEntry *entry;
  for (int i = 0; dict_next(&dict->dict, &i, &entry); i++) {
    Value key = entry->key, value = entry->value;
    ObjList *pair = new_list(vm);
    lib_list_append(vm, list, OBJ_VAL(pair));
    value_array_write(vm, &pair->items, key);
    value_array_write(vm, &pair->items, value);
  }
  vm_pop(vm);
  return list;
}

static ObjList *range_values(VM *vm, ObjRange *range) {
  ObjList *list = new_list(vm);
  vm_push(vm, OBJ_VAL(list));
  double count = lib_range_count(range);
  double step = range->end < range->start ? -1 : 1;
  for (double i = 0; i < count; i++) {
    value_array_write(vm, &list->items, NUMBER_VAL(range->start + i * step));
  }
  vm_pop(vm);
  return list;
}

static ObjList *byte_values(VM *vm, ObjBytes *bytes) {
  ObjList *list = new_list(vm);
  vm_push(vm, OBJ_VAL(list));
  for (int i = 0; i < bytes->length; i++) {
    value_array_write(vm, &list->items, NUMBER_VAL(bytes->data[i]));
  }
  vm_pop(vm);
  return list;
}

static ObjList *list_of(VM *vm, Value value) {
  if (IS_STRING(value)) return lib_string_chars(vm, AS_STRING(value));
  if (IS_LIST(value)) {
    ValueArray *items = &AS_LIST(value)->items;
    return lib_list_copy(vm, items, 0, items->count);
  }
  if (IS_DICT(value)) return dict_pairs(vm, AS_DICT(value));
  if (IS_RANGE(value)) return range_values(vm, AS_RANGE(value));
  return byte_values(vm, AS_BYTES(value));
}

bool lib_to_list(VM *vm, Value value, ObjList **out) {
  if (!IS_STRING(value) && !IS_LIST(value) && !IS_DICT(value) &&
      !IS_RANGE(value) && !IS_BYTES(value)) {
    return vm_raise(vm, EXC_TYPE, "%s(): cannot convert %s to a list",
                    native_current_name(vm), value_type_name(value));
  }
  if (IS_RANGE(value) &&
      !lib_check_length(vm, lib_range_count(AS_RANGE(value)), "the range length")) {
    return false;
  }
  *out = list_of(vm, value);
  return true;
}

/* The number a string, number or boolean stands for. */
static bool number_of(VM *vm, Value *args, double *out) {
  Value v = args[0];
  if (IS_NUMBER(v)) *out = AS_NUMBER(v);
  else if (IS_BOOL(v)) *out = AS_BOOL(v) ? 1 : 0;
  else if (IS_STRING(v)) return lib_parse_number(vm, AS_STRING(v), out);
  else return raise_arg_type(vm, args, 0, "value", "a string, number or boolean");
  return true;
}

static bool fn_to_number(VM *vm, int argc, Value *args) {
  (void)argc;
  double n;
  if (!number_of(vm, args, &n)) return false;
  RETURN_NUMBER(n);
}

static bool fn_to_int(VM *vm, int argc, Value *args) {
  (void)argc;
  double n;
  if (!number_of(vm, args, &n)) return false;
  if (!isfinite(n)) {
    char text[32];
    format_number(n, text);
    return vm_raise(vm, EXC_VALUE, "%s(): cannot convert %s to an integer",
                    native_current_name(vm), text);
  }
  RETURN_NUMBER(trunc(n));
}

static bool fn_to_string(VM *vm, int argc, Value *args) {
  (void)argc;
  ObjString *text = value_to_string(vm, args[0]);
  if (text == NULL) return false;
  RETURN_OBJ(text);
}

static bool fn_to_bool(VM *vm, int argc, Value *args) {
  (void)vm;
  (void)argc;
  RETURN_BOOL(!value_is_falsey(args[0]));
}

static bool fn_to_list(VM *vm, int argc, Value *args) {
  (void)argc;
  ObjList *list;
  if (!lib_to_list(vm, args[0], &list)) return false;
  RETURN_OBJ(list);
}

static bool fn_to_dict(VM *vm, int argc, Value *args) {
  (void)argc;
  if (IS_DICT(args[0])) RETURN_OBJ(lib_dict_copy(vm, AS_DICT(args[0])));
  if (!IS_LIST(args[0])) return raise_arg_type(vm, args, 0, "value", "a list or dict");
  ObjDict *dict = new_dict(vm);
  vm_push(vm, OBJ_VAL(dict));
  ObjList *list = AS_LIST(args[0]);
  for (int i = 0; i < list->items.count; i++) {
    dict_set(vm, &dict->dict, NUMBER_VAL(i), list->items.values[i]);
  }
  vm_pop(vm);
  RETURN_OBJ(dict);
}

static bool bytes_of_list(VM *vm, Value *args) {
  ObjList *list = AS_LIST(args[0]);
  if (!lib_check_byte_list(vm, list)) return false;
  ObjBytes *bytes = new_bytes(vm, list->items.count);
  for (int i = 0; i < bytes->length; i++) {
    bytes->data[i] = (uint8_t)AS_NUMBER(list->items.values[i]);
  }
  RETURN_OBJ(bytes);
}

static bool fn_bytes(VM *vm, int argc, Value *args) {
  (void)argc;
  Value v = args[0];
  if (IS_LIST(v)) return bytes_of_list(vm, args);
  if (IS_STRING(v)) {
    RETURN_OBJ(lib_bytes_from(vm, (const uint8_t *)AS_CSTRING(v), AS_STRING(v)->length));
  }
  if (IS_BYTES(v)) RETURN_OBJ(lib_bytes_from(vm, AS_BYTES(v)->data, AS_BYTES(v)->length));
  if (!IS_NUMBER(v)) {
    return raise_arg_type(vm, args, 0, "source", "a number, list, string or bytes");
  }
  if (!check_int(vm, args, 0, "size") || !lib_check_length(vm, AS_NUMBER(v), "size")) {
    return false;
  }
  RETURN_OBJ(new_bytes(vm, (int)AS_NUMBER(v)));
}

void lib_convert_init(VM *vm) {
  define_natives(vm, &vm->builtins, "", (const SbFunction[]){
      {"to_string", fn_to_string, 1, 1,
       "to_string(value: any) -> string\n"
       "The text echo would print for the value (using @to_string on "
       "instances)."},
      {"to_number", fn_to_number, 1, 1,
       "to_number(value: string|number|bool) -> number\n"
       "Parses decimal, 0x, 0b or 0c text (surrounding whitespace allowed); "
       "true and false give 1 and 0."},
      {"to_int", fn_to_int, 1, 1,
       "to_int(value: string|number|bool) -> number\n"
       "As to_number, then truncated toward zero."},
      {"to_bool", fn_to_bool, 1, 1,
       "to_bool(value: any) -> bool\n"
       "Whether the value is true under Blade's rules (negative numbers, '', "
       "empty containers, nil and false are false)."},
      {"to_list", fn_to_list, 1, 1,
       "to_list(value: string|list|dict|range|bytes) -> list\n"
       "The characters, items, [key, value] pairs, numbers or byte values of "
       "the value, in a new list."},
      {"to_dict", fn_to_dict, 1, 1,
       "to_dict(value: list|dict) -> dict\n"
       "A list as {0: first, 1: second, ...}; a dict as a shallow copy."},
      {"bytes", fn_bytes, 1, 1,
       "bytes(source: number|list|string|bytes) -> bytes\n"
       "size zero bytes, the byte values of a list, the bytes of a string, or "
       "a copy of bytes."},
      {NULL, NULL, 0, 0, NULL},
  });
}
