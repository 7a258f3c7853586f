/* The built-ins between numbers and text: chr and ord (code points and
 * their UTF-8 characters) and hex, bin and oct (an integer in base 16, 2
 * or 8 with the prefix of a Blade literal, 0x, 0b or 0c, so that the
 * text reads back through to_number and the scanner). */
#include <math.h>

#include "builtins.h"
#include "lib_utf8.h"
#include "native.h"

static bool fn_chr(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!check_int_range(vm, args, 0, "code", 0, 0x10FFFF)) return false;
  double code = AS_NUMBER(args[0]);
  if (code >= 0xD800 && code <= 0xDFFF) {
    return vm_raise(vm, EXC_VALUE,
                    "%s(): code must not be a surrogate (0xD800 to 0xDFFF), which UTF-8 "
                    "cannot encode, got %d",
                    native_current_name(vm), (int)code);
  }
  char out[4];
  int length = utf8_encode((uint32_t)code, out);
  RETURN_OBJ(copy_string(vm, out, length));
}

static bool fn_ord(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!check_string(vm, args, 0, "character")) return false;
  ObjString *s = AS_STRING(args[0]);
  if (string_char_count(s) != 1) {
    return vm_raise(vm, EXC_VALUE,
                    "%s(): argument 1 (character) must be a single character, "
                    "got a string of length %d",
                    native_current_name(vm), string_char_count(s));
  }
  int size;
  RETURN_NUMBER(utf8_decode(s->chars, s->length, 0, &size));
}

/* Whole numbers below 2^64 in magnitude: what the 64-bit bitwise operators
 * make (1 << 62 is exact as a double, though past 2^53). */
static bool radix_text(VM *vm, Value *args, unsigned base, const char *prefix) {
  bool whole = IS_NUMBER(args[0]) && number_is_whole(AS_NUMBER(args[0]));
  if (!whole) return check_int(vm, args, 0, "number");
  double n = AS_NUMBER(args[0]);
  if (fabs(n) >= 0x1p64)
    return vm_raise(vm, EXC_VALUE, "%s(): argument 1 (number) must be below 2^64 in magnitude",
                    native_current_name(vm));
  uint64_t magnitude = (uint64_t)fabs(n);
  char digits[64];
  int count = 0;
  do {
    digits[count++] = "0123456789abcdef"[magnitude % base];
    magnitude /= base;
  } while (magnitude > 0);
  char out[72];
  int length = 0;
  if (n < 0) out[length++] = '-';
  out[length++] = prefix[0];
  out[length++] = prefix[1];
  while (count > 0) out[length++] = digits[--count];
  RETURN_OBJ(copy_string(vm, out, length));
}

static bool fn_hex(VM *vm, int argc, Value *args) {
  (void)argc;
  return radix_text(vm, args, 16, "0x");
}

static bool fn_bin(VM *vm, int argc, Value *args) {
  (void)argc;
  return radix_text(vm, args, 2, "0b");
}

static bool fn_oct(VM *vm, int argc, Value *args) {
  (void)argc;
  return radix_text(vm, args, 8, "0c");
}

void lib_text_init(VM *vm) {
  define_natives(vm, &vm->builtins, "", (const SbFunction[]){
      {"chr", fn_chr, 1, 1,
       "chr(code: number) -> string\n"
       "The character (as UTF-8 text) of a code point between 0 and 0x10FFFF, "
       "surrogates (0xD800 to 0xDFFF) excepted."},
      {"ord", fn_ord, 1, 1,
       "ord(character: string) -> number\n"
       "The code point of a one-character string (the byte's value when it is a "
       "byte outside a well-formed UTF-8 sequence)."},
      {"hex", fn_hex, 1, 1,
       "hex(number: number) -> string\n"
       "An integer in base 16 with the prefix 0x: hex(31) is '0x1f', hex(-1) "
       "is '-0x1'. Whole numbers up to 2^64 in magnitude (what the 64-bit bitwise "
       "operators give), as bin and oct."},
      {"bin", fn_bin, 1, 1,
       "bin(number: number) -> string\n"
       "An integer in base 2 with the prefix 0b: bin(5) is '0b101'."},
      {"oct", fn_oct, 1, 1,
       "oct(number: number) -> string\n"
       "An integer in base 8 with the prefix 0c: oct(15) is '0c17'."},
      {NULL, NULL, 0, 0, NULL},
  });
}
