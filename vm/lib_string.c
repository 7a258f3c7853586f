/* The string methods that look at or rebuild one string: length, case
 * (every letter, by the C library's Unicode tables; bytes outside UTF-8
 * are kept), trimming, padding, reverse, the character-class tests and
 * conversions. Searching, splitting and joining are in
 * lib_string_search.c. */
#include <locale.h>
#include <wctype.h>

#include "builtins.h"
#include "format.h"
#include "lib_convert.h"
#include "lib_utf8.h"
#include "lib_util.h"
#include "native.h"

#define SELF AS_STRING(args[-1])

static bool string_method_length(VM *vm, int argc, Value *args) {
  (void)vm;
  (void)argc;
  RETURN_NUMBER(string_char_count(SELF));
}

/* The C.UTF-8 locale, whose tables give the case and the class of every
 * character beyond ASCII, made on first use. Where the system has none
 * it is (locale_t)0, and beyond ASCII no character has a case or a class. */
static locale_t unicode_locale(void) {
  static locale_t locale;
  static bool made;
  if (!made) {
    locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
    made = true;
  }
  return locale;
}

/* Whether c, beyond ASCII, is in a class of the C.UTF-8 locale
 * (iswalpha_l, iswupper_l, ...). WEOF is in none. */
static bool in_class(wint_t c, int (*test)(wint_t, locale_t)) {
  locale_t locale = unicode_locale();
  return locale != (locale_t)0 && test(c, locale);
}

/* The character at pos as a code point, *size its bytes; WEOF for a byte
 * outside UTF-8, which is in no class and has no case. */
static wint_t char_at(ObjString *s, int pos, int *size) {
  uint32_t c = utf8_decode(s->chars, s->length, pos, size);
  return *size == 1 && c >= 0x80 ? WEOF : (wint_t)c;
}

/* An ASCII letter from from to from + 25 ('a'..'z' or 'A'..'Z') in the
 * other case; any other byte as it is. */
static char ascii_case(char c, char from) {
  return c >= from && c <= from + 25 ? (char)(c ^ 0x20) : c;
}

/* A character beyond ASCII in upper or lower case by Unicode's simple
 * mapping (one character for one, so 'ß' stays 'ß'). */
static wint_t map_case(wint_t c, bool upper) {
  locale_t locale = unicode_locale();
  if (locale == (locale_t)0) return c;
  return upper ? towupper_l(c, locale) : towlower_l(c, locale);
}

/* change_case of text with characters of several bytes. Each character
 * maps to one, but its encoding may be longer or shorter ('ſ' gives 'S'),
 * so the result is built in a buffer, 256 bytes of s at a time: a
 * character of k bytes becomes at most 4, so at most 2k. Bytes outside
 * UTF-8 stay as they are. Not inlined, so that the ASCII path of upper()
 * and lower() stays small enough to be inlined into each. */
__attribute__((noinline)) static bool change_case_unicode(VM *vm, Value *args, bool upper) {
  ObjString *s = SELF;
  char from = upper ? 'a' : 'A';
  StrBuf buf;
  strbuf_init(&buf);
  for (int pos = 0; pos < s->length;) {
    int end = pos + 256 < s->length ? pos + 256 : s->length;
    char *start = strbuf_reserve(&buf, 2 * (end - pos + 3)), *out = start;
    while (pos < end) {
      if ((unsigned char)s->chars[pos] < 0x80) {
        *out++ = ascii_case(s->chars[pos++], from);
        continue;
      }
      int size;
      wint_t c = char_at(s, pos, &size);
      if (c == WEOF) *out++ = s->chars[pos];
      else out += utf8_encode(map_case(c, upper), out);
      pos += size;
    }
    buf.length += (int)(out - start);
  }
  if (!lib_check_length(vm, buf.length, "the result's length")) {
    strbuf_free(&buf);
    return false;
  }
  ObjString *result = strbuf_to_string(vm, &buf);
  result->char_count = s->char_count;
  RETURN_OBJ(result);
}

/* Text of one byte per character (ASCII, nearly always) changes byte for
 * byte; a string with nothing to change is its own result: no copy. */
static bool change_case(VM *vm, Value *args, bool upper) {
  ObjString *s = SELF;
  if (string_char_count(s) != s->length) return change_case_unicode(vm, args, upper);
  int length = s->length; /* a local: the char stores below could alias it */
  char from = upper ? 'a' : 'A';
  int first = 0;
  while (first < length && !(s->chars[first] >= from && s->chars[first] <= from + 25)) first++;
  if (first >= length) RETURN_VAL(args[-1]);
  ObjString *out = string_alloc(vm, length);
  memcpy(out->chars, s->chars, (size_t)first);
  for (int i = first; i < length; i++) out->chars[i] = ascii_case(s->chars[i], from);
  out->char_count = s->char_count;
  RETURN_OBJ(out);
}

static bool string_method_upper(VM *vm, int argc, Value *args) {
  (void)argc;
  return change_case(vm, args, true);
}

static bool string_method_lower(VM *vm, int argc, Value *args) {
  (void)argc;
  return change_case(vm, args, false);
}

/* Whether the character chars[0..size) is one to trim: one of the
 * characters of set, or ASCII whitespace when there is no set. A byte
 * that is a character by itself is not one inside a character of set. */
static bool trims(const char *chars, int size, ObjString *set) {
  if (set == NULL) return size == 1 && lib_is_space(chars[0]);
  for (int pos = 0, n; pos < set->length; pos += n) {
    n = utf8_char_size(set->chars, set->length, pos);
    if (n == size && memcmp(set->chars + pos, chars, (size_t)size) == 0) return true;
  }
  return false;
}

/* trim() character by character, moving *start and *end. Not inlined:
 * the stepping would make trim() of ASCII whitespace, which is common,
 * save registers on every call. */
__attribute__((noinline)) static void trim_chars(ObjString *s, ObjString *set, bool left,
                                                 bool right, int *start, int *end) {
  while (left && *start < *end) {
    int next = *start + utf8_char_size(s->chars, *end, *start);
    if (!trims(s->chars + *start, next - *start, set)) break;
    *start = next;
  }
  while (right && *end > *start) {
    int prev = utf8_prev(s->chars, *end);
    if (!trims(s->chars + prev, *end - prev, set)) break;
    *end = prev;
  }
}

static bool trim(VM *vm, int argc, Value *args, bool left, bool right) {
  if (argc > 0 && !check_string(vm, args, 0, "characters")) return false;
  ObjString *set = argc > 0 ? AS_STRING(args[0]) : NULL;
  ObjString *s = SELF;
  int start = 0, end = s->length;
  if (set == NULL && string_char_count(s) == s->length) { /* ASCII: byte by byte */
    while (left && start < end && lib_is_space(s->chars[start])) start++;
    while (right && end > start && lib_is_space(s->chars[end - 1])) end--;
  } else {
    trim_chars(s, set, left, right, &start, &end);
  }
  if (start == 0 && end == s->length) RETURN_VAL(args[-1]);
  RETURN_OBJ(string_slice(vm, s, start, end));
}

static bool string_method_trim(VM *vm, int argc, Value *args) {
  return trim(vm, argc, args, true, true);
}

static bool string_method_ltrim(VM *vm, int argc, Value *args) {
  return trim(vm, argc, args, true, false);
}

static bool string_method_rtrim(VM *vm, int argc, Value *args) {
  return trim(vm, argc, args, false, true);
}

static bool pad(VM *vm, int argc, Value *args, bool left) {
  if (!check_int(vm, args, 0, "width")) return false;
  const char *fill = " ";
  int fill_size = 1;
  if (argc > 1) {
    if (!check_string(vm, args, 1, "fill")) return false;
    if (string_char_count(AS_STRING(args[1])) != 1) {
      return vm_raise(vm, EXC_VALUE, "%s(): argument 2 (fill) must be a single character",
                      native_current_name(vm));
    }
    fill = AS_CSTRING(args[1]);
    fill_size = AS_STRING(args[1])->length;
  }
  ObjString *s = SELF;
  double missing = AS_NUMBER(args[0]) - string_char_count(s);
  if (missing <= 0) RETURN_VAL(args[-1]);
  if (!lib_check_length(vm, s->length + missing * fill_size, "the padded length")) {
    return false;
  }
  ObjString *out = string_alloc(vm, s->length + (int)missing * fill_size);
  char *at = out->chars + (left ? 0 : s->length);
  for (int i = 0; i < (int)missing; i++, at += fill_size) memcpy(at, fill, (size_t)fill_size);
  memcpy(out->chars + (left ? out->length - s->length : 0), s->chars, (size_t)s->length);
  RETURN_OBJ(out);
}

static bool string_method_lpad(VM *vm, int argc, Value *args) {
  return pad(vm, argc, args, true);
}

static bool string_method_rpad(VM *vm, int argc, Value *args) {
  return pad(vm, argc, args, false);
}

static bool string_method_reverse(VM *vm, int argc, Value *args) {
  (void)argc;
  ObjString *s = SELF;
  ObjString *out = string_alloc(vm, s->length);
  for (int pos = 0; pos < s->length;) {
    int next = pos + utf8_char_size(s->chars, s->length, pos);
    memcpy(out->chars + s->length - next, s->chars + pos, (size_t)(next - pos));
    pos = next;
  }
  RETURN_OBJ(out);
}

static bool string_method_ord(VM *vm, int argc, Value *args) {
  (void)argc;
  ObjString *s = SELF;
  if (s->length == 0) {
    return vm_raise(vm, EXC_VALUE, "%s(): the string is empty", native_current_name(vm));
  }
  int size;
  RETURN_NUMBER(utf8_decode(s->chars, s->length, 0, &size));
}

static bool string_method_to_number(VM *vm, int argc, Value *args) {
  (void)argc;
  double n;
  if (!lib_parse_number(vm, SELF, &n)) return false;
  RETURN_NUMBER(n);
}

static bool string_method_to_list(VM *vm, int argc, Value *args) {
  (void)argc;
  RETURN_OBJ(lib_string_chars(vm, SELF));
}

/* Classes of characters (code points, or WEOF): letters and their case
 * from the C.UTF-8 locale beyond ASCII, digits and spaces ASCII only. */
static bool is_ascii(wint_t c) { return c < 0x80; }
static bool is_lower(wint_t c) { return c < 0x80 ? c >= 'a' && c <= 'z' : in_class(c, iswlower_l); }
static bool is_upper(wint_t c) { return c < 0x80 ? c >= 'A' && c <= 'Z' : in_class(c, iswupper_l); }
static bool is_alpha(wint_t c) {
  return c < 0x80 ? is_lower(c) || is_upper(c) : in_class(c, iswalpha_l);
}
static bool is_digit(wint_t c) { return c >= '0' && c <= '9'; }
static bool is_alnum(wint_t c) { return is_alpha(c) || is_digit(c); }
static bool is_space(wint_t c) { return c < 0x80 && lib_is_space((char)c); }

static bool all_chars(ObjString *s, bool (*test)(wint_t)) {
  for (int pos = 0, size; pos < s->length; pos += size) {
    if (!test(char_at(s, pos, &size))) return false;
  }
  return true;
}

/* Python's rule: at least one letter, and no letter of the other case. */
static bool all_cased(ObjString *s, bool (*wanted)(wint_t), bool (*other)(wint_t)) {
  bool any = false;
  for (int pos = 0, size; pos < s->length; pos += size) {
    wint_t c = char_at(s, pos, &size);
    if (other(c)) return false;
    any = any || wanted(c);
  }
  return any;
}

/* Each test is one native; the macro only supplies the signature. */
#define STRING_TEST(native, expression)                \
  static bool native(VM *vm, int argc, Value *args) {  \
    (void)vm;                                          \
    (void)argc;                                        \
    ObjString *s = SELF;                               \
    RETURN_BOOL(expression);                           \
  }

STRING_TEST(string_method_ascii, all_chars(s, is_ascii))
STRING_TEST(string_method_is_alpha, s->length > 0 && all_chars(s, is_alpha))
STRING_TEST(string_method_is_alnum, s->length > 0 && all_chars(s, is_alnum))
STRING_TEST(string_method_is_number, s->length > 0 && all_chars(s, is_digit))
STRING_TEST(string_method_is_space, s->length > 0 && all_chars(s, is_space))
STRING_TEST(string_method_is_upper, all_cased(s, is_upper, is_lower))
STRING_TEST(string_method_is_lower, all_cased(s, is_lower, is_upper))

void lib_string_init(VM *vm) {
  define_natives(vm, &vm->string_methods, "string", (const SbFunction[]){
      {"length", string_method_length, 0, 0,
       "length() -> number\n"
       "The number of characters: each well-formed UTF-8 sequence, and each other "
       "byte, is one."},
      {"upper", string_method_upper, 0, 0,
       "upper() -> string\n"
       "A copy with every letter in upper case, by Unicode's simple case mapping "
       "(one character for one, so 'ß' stays); bytes outside UTF-8 are kept."},
      {"lower", string_method_lower, 0, 0,
       "lower() -> string\n"
       "A copy with every letter in lower case, by Unicode's simple case mapping "
       "(one character for one); bytes outside UTF-8 are kept."},
      {"trim", string_method_trim, 0, 1,
       "trim(characters: string = whitespace) -> string\n"
       "A copy without the given characters (ASCII whitespace by default) at "
       "either end."},
      {"ltrim", string_method_ltrim, 0, 1,
       "ltrim(characters: string = whitespace) -> string\n"
       "A copy without the given characters at the start."},
      {"rtrim", string_method_rtrim, 0, 1,
       "rtrim(characters: string = whitespace) -> string\n"
       "A copy without the given characters at the end."},
      {"lpad", string_method_lpad, 1, 2,
       "lpad(width: number, fill: string = ' ') -> string\n"
       "The string preceded by fill characters up to width characters."},
      {"rpad", string_method_rpad, 1, 2,
       "rpad(width: number, fill: string = ' ') -> string\n"
       "The string followed by fill characters up to width characters."},
      {"reverse", string_method_reverse, 0, 0,
       "reverse() -> string\nThe characters in reverse order."},
      {"ord", string_method_ord, 0, 0,
       "ord() -> number\n"
       "The code point of the first character (the byte's value when that is a "
       "byte outside a well-formed UTF-8 sequence)."},
      {"to_number", string_method_to_number, 0, 0,
       "to_number() -> number\nThe number the text stands for, as to_number()."},
      {"to_list", string_method_to_list, 0, 0,
       "to_list() -> list\nThe characters, one string each."},
      {"ascii", string_method_ascii, 0, 0,
       "ascii() -> bool\nWhether every byte is ASCII (below 128)."},
      {"is_alpha", string_method_is_alpha, 0, 0,
       "is_alpha() -> bool\nWhether the string is non-empty and all letters, of any script."},
      {"is_alnum", string_method_is_alnum, 0, 0,
       "is_alnum() -> bool\n"
       "Whether the string is non-empty and all letters (of any script) and digits 0-9."},
      {"is_number", string_method_is_number, 0, 0,
       "is_number() -> bool\nWhether the string is non-empty and all digits 0-9."},
      {"is_space", string_method_is_space, 0, 0,
       "is_space() -> bool\nWhether the string is non-empty and all ASCII whitespace."},
      {"is_upper", string_method_is_upper, 0, 0,
       "is_upper() -> bool\nWhether the string has an upper-case letter and no lower-case one."},
      {"is_lower", string_method_is_lower, 0, 0,
       "is_lower() -> bool\nWhether the string has a lower-case letter and no upper-case one."},
      {NULL, NULL, 0, 0, NULL},
  });
  lib_string_search_init(vm);
}
