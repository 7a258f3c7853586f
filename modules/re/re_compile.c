/* Compiling patterns, and the cache behind re.compile and the string
 * methods: re_get finds the Regex for (pattern, flags) in the module's
 * private _cache dictionary (emptied when it holds CACHE_MAX patterns) or
 * compiles one with PCRE2, JIT-compiled when PCRE2 can. Also the Regex
 * finalizer, finding the module when a string method needs it first, and
 * raising RegexError. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "re_obj.h"
#include "vm_internal.h" /* load_native_module: a string method may need re before any import */

#define CACHE_MAX 64 /* patterns cached */
#define QUOTE_MAX 80 /* bytes of a bad pattern an error message quotes */

void regex_release(void *payload) {
  RegexObj *re = payload;
  pcre2_match_data_free(re->match_data);
  pcre2_code_free(re->code);
  free(re->pattern);
  re->match_data = NULL;
  re->code = NULL;
  re->pattern = NULL;
}

RegexObj *regex_of(Value value) {
  if (!IS_FOREIGN(value)) return NULL;
  const ForeignInfo *info = AS_FOREIGN(value)->klass->foreign;
  return info && info->finalize == regex_release ? sb_payload(value) : NULL;
}

ObjModule *re_module_object(VM *vm) {
  Value module;
  if (table_get(&vm->modules, copy_cstring(vm, re_module.name), &module)) return AS_MODULE(module);
  return load_native_module(vm, &re_module, &module) ? AS_MODULE(module) : NULL;
}

/* A global of the module (a class or the cache); false after raising. */
static bool module_value(VM *vm, const char *name, Value *out) {
  ObjModule *module = re_module_object(vm);
  if (module == NULL) return false;
  if (table_get(&module->globals, copy_cstring(vm, name), out)) return true;
  return vm_raise(vm, EXC_IMPORT, "%s(): the re module has no %s", native_current_name(vm), name);
}

bool re_raise(VM *vm, const char *format, ...) {
  char text[512];
  va_list ap;
  va_start(ap, format);
  vsnprintf(text, sizeof text, format, ap);
  va_end(ap);
  Value klass;
  if (!module_value(vm, "RegexError", &klass)) return false;
  return vm_raise_class(vm, AS_CLASS(klass), "%s(): %s", native_current_name(vm), text);
}

void re_error_text(int code, char out[256]) {
  if (pcre2_get_error_message(code, (PCRE2_UCHAR *)out, 256) < 0)
    snprintf(out, 256, "PCRE2 error %d", code);
}

/* \C is refused: in UTF mode it could end a match inside a character,
 * where a search without a UTF-8 check must not start (re_scan_next). */
static uint32_t pcre2_options(int flags) {
  static const uint32_t options[] = {PCRE2_CASELESS, PCRE2_MULTILINE, PCRE2_DOTALL,
                                     PCRE2_EXTENDED, PCRE2_UTF | PCRE2_UCP};
  uint32_t result = PCRE2_NEVER_BACKSLASH_C;
  for (int i = 0; i < (int)(sizeof options / sizeof options[0]); i++)
    if (flags & (1 << i)) result |= options[i];
  return result;
}

static bool raise_compile_error(VM *vm, const char *pattern, int length, int code, int offset) {
  char text[256];
  re_error_text(code, text);
  CharIndex chars;
  char_index_init(&chars, pattern, length, false);
  int quoted = length < QUOTE_MAX ? length : QUOTE_MAX;
  return re_raise(vm, "%s at offset %d in '%.*s%s'", text, char_index_of(&chars, offset), quoted,
                  pattern, quoted < length ? "..." : "");
}

/* Fills *out with a compiled pattern; nothing of the VM is allocated
 * unless it raises. */
static bool compile(VM *vm, const char *pattern, int length, int flags, RegexObj *out) {
  int code;
  PCRE2_SIZE offset;
  pcre2_code *re = pcre2_compile((PCRE2_SPTR)pattern, (PCRE2_SIZE)length, pcre2_options(flags),
                                 &code, &offset, NULL);
  if (re == NULL) return raise_compile_error(vm, pattern, length, code, (int)offset);
  pcre2_jit_compile(re, PCRE2_JIT_COMPLETE); /* on failure the interpreter runs it */
  uint32_t groups = 0;
  pcre2_pattern_info(re, PCRE2_INFO_CAPTURECOUNT, &groups);
  *out = (RegexObj){re, pcre2_match_data_create_from_pattern(re, NULL), malloc((size_t)length + 1),
                    length, flags, (int)groups};
  if (out->match_data == NULL || out->pattern == NULL) {
    regex_release(out);
    return re_raise(vm, "out of memory compiling a pattern of %d bytes", length);
  }
  memcpy(out->pattern, pattern, (size_t)length);
  out->pattern[length] = '\0';
  return true;
}

/* The cache key: one character for the flags, then the pattern. */
static ObjString *cache_key(VM *vm, const char *pattern, int length, int flags) {
  ObjString *key = string_alloc(vm, length + 1);
  key->chars[0] = (char)('@' + flags);
  memcpy(key->chars + 1, pattern, (size_t)length);
  return key;
}

bool re_get(VM *vm, const char *pattern, int length, int flags, Value *out) {
  Value cache, klass;
  if (!module_value(vm, "_cache", &cache) || !module_value(vm, "Regex", &klass)) return false;
  Dict *dict = &AS_DICT(cache)->dict;
  Value key = OBJ_VAL(cache_key(vm, pattern, length, flags));
  if (dict_get(dict, key, out)) return true;
  vm_push(vm, key);
  RegexObj compiled;
  bool ok = compile(vm, pattern, length, flags, &compiled);
  if (ok) {
    ObjForeign *regex = new_foreign(vm, AS_CLASS(klass));
    *(RegexObj *)regex->payload = compiled;
    *out = OBJ_VAL(regex);
    vm_push(vm, *out);
    if (dict->count >= CACHE_MAX) dict_clear(vm, dict);
    dict_set(vm, dict, key, *out);
    vm_pop(vm);
  }
  vm_pop(vm);
  return ok;
}
