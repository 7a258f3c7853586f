/* The re module's definition: re.compile, the flag constants, and the
 * RegexError and Regex classes (methods in re_regex.c). Its init creates
 * the private _cache of compiled patterns that re.compile and the string
 * methods share (re_compile.c). */
#include "re_obj.h"
#include "re_strings.h"

extern const SbFunction regex_methods[];
extern const SbProperty regex_properties[];

static bool re_compile_fn(VM *vm, int argc, Value *args) {
  if (!check_string(vm, args, 0, "pattern")) return false;
  int flags = 0;
  if (argc > 1) {
    if (!check_int_range(vm, args, 1, "flags", 0, RE_ALL_FLAGS)) return false;
    flags = (int)AS_NUMBER(args[1]);
  }
  Value regex;
  if (!re_get(vm, AS_CSTRING(args[0]), AS_STRING(args[0])->length, flags, &regex)) return false;
  RETURN_VAL(regex);
}

static bool re_init(VM *vm, ObjModule *module) {
  sb_set_global(vm, module, "_cache", OBJ_VAL(new_dict(vm)));
  return true;
}

#define FLAG(name, value, doc) {name, value, NULL, true, doc}

const SbModule re_module = {
    .name = "re",
    .doc = "Regular expressions with PCRE2 (Perl syntax): compile a pattern once into a "
           "Regex, then match, search, find, replace and split with it. Offsets are character "
           "indices, as string indexing counts them. Without the UTF flag patterns and "
           "subjects are bytes, so a match may begin or end inside a multi-byte character "
           "(such an offset rounds up to the next character); with it they are UTF-8 text. "
           "The string methods match, matches and replace take the same patterns, as Regex "
           "objects or '/pattern/flags' strings, without an import. Compiled patterns are "
           "cached. Every failure raises RegexError naming the function.\n"
           "Example:\n"
           "import re\n"
           "var date = re.compile('(?<y>\\\\d{4})-(?<m>\\\\d\\\\d)')\n"
           "date.search('on 2024-05-17')['named']['y']  # -> '2024'\n"
           "'a1b2'.replace('/\\\\d/', '#')                # -> 'a#b#'",
    .functions = (const SbFunction[]){
        {"compile", re_compile_fn, 1, 2,
         "compile(pattern: string, flags: number = 0) -> Regex\n"
         "Compiles pattern (PCRE2 syntax) with flags, any of IGNORECASE | MULTILINE | DOTALL "
         "| EXTENDED | UTF. \\C (one byte) is not allowed. Compiling the same pattern and "
         "flags again reuses the cached Regex. Raises RegexError with PCRE2's message and the character offset for a bad "
         "pattern, ValueError for flags outside 0..31.\n"
         "Example: re.compile('^h', re.IGNORECASE).search('Hello')['match']  # -> 'H'"},
        {NULL, NULL, 0, 0, NULL},
    },
    .classes = (const SbClass[]){
        {"RegexError",
         "A bad pattern, a bad replacement, or a subject PCRE2 cannot match (invalid UTF-8 "
         "under the UTF flag, a match that exceeds PCRE2's limits). A ValueError.",
         "ValueError", {0, NULL, false, NULL}, {NULL, NULL, 0, 0, NULL}, NULL, NULL},
        {"Regex",
         "A compiled pattern, from re.compile(); it cannot be created directly. Its methods "
         "find matches in strings; a match is a dictionary {match, start, end, groups, "
         "named}, with character offsets: re.compile('b+').search('abbc') gives {match: "
         "'bb', start: 1, end: 3, groups: [], named: {}}.",
         NULL, {sizeof(RegexObj), regex_release, false, NULL}, {NULL, NULL, 0, 0, NULL},
         (const SbFunction *const[]){regex_methods, NULL}, regex_properties},
        {NULL, NULL, NULL, {0, NULL, false, NULL}, {NULL, NULL, 0, 0, NULL}, NULL, NULL},
    },
    .constants = (const SbConstant[]){
        FLAG("IGNORECASE", RE_IGNORECASE,
             "Letters match either case (PCRE2_CASELESS); flag letter i."),
        FLAG("MULTILINE", RE_MULTILINE,
             "^ and $ also match at line starts and ends (PCRE2_MULTILINE); flag letter m."),
        FLAG("DOTALL", RE_DOTALL, "A dot also matches a newline (PCRE2_DOTALL); flag letter s."),
        FLAG("EXTENDED", RE_EXTENDED,
             "Whitespace and # comments in the pattern are ignored (PCRE2_EXTENDED); flag "
             "letter x."),
        FLAG("UTF", RE_UTF,
             "Pattern and subject are UTF-8 text matched by character, with Unicode "
             "properties for \\w, \\d and case (PCRE2_UTF | PCRE2_UCP); flag letter u. "
             "Without it they are bytes."),
        {NULL, 0, NULL, false, NULL},
    },
    .init = re_init,
    .extend_builtins = re_string_methods_init,
};
