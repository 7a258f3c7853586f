/* string.match, string.matches and string.replace with regexes. A pattern
 * argument is a Regex object or a string; a string of the form
 * /pattern/flags (see is_delimited) is a pattern with flags, and for
 * match/matches any other string is a whole pattern, while replace hands
 * any other string to the literal replace it replaced. */
#include "re_obj.h"
#include "re_strings.h"

/* The built-in literal replace, found when the methods are registered. */
static NativeFn literal_replace;

/* Whether text is /pattern/flags: it starts with '/', a later '/' ends a
 * non-empty pattern, and only flag letters (i m s x u) follow that '/'.
 * Sets the pattern's length and the flags when it is. */
static bool is_delimited(ObjString *text, int *length, int *flags) {
  int end = text->length, found = 0;
  for (; end > 2 && text->chars[end - 1] != '/'; end--) {
    const char *letter = strchr(RE_FLAG_LETTERS, text->chars[end - 1]);
    if (letter == NULL || *letter == '\0') return false; /* strchr finds the end for a NUL */
    found |= 1 << (letter - RE_FLAG_LETTERS);
  }
  if (text->length < 3 || text->chars[0] != '/' || end <= 2) return false;
  *length = end - 2;
  *flags = found;
  return true;
}

static bool is_regex_arg(Value pattern) {
  int length, flags;
  return regex_of(pattern) || (IS_STRING(pattern) && is_delimited(AS_STRING(pattern), &length,
                                                                   &flags));
}

/* The Regex args[0] stands for. A compiled one is stored back in args[0],
 * a stack slot, so it stays rooted while the method runs. */
static RegexObj *pattern_arg(VM *vm, Value *args) {
  if (regex_of(args[0])) return regex_of(args[0]);
  if (!IS_STRING(args[0])) {
    raise_arg_type(vm, args, 0, "pattern", "a string or a Regex");
    return NULL;
  }
  ObjString *text = AS_STRING(args[0]);
  int length = text->length, flags = 0;
  bool delimited = is_delimited(text, &length, &flags);
  Value regex;
  if (!re_get(vm, text->chars + (delimited ? 1 : 0), length, flags, &regex)) return NULL;
  args[0] = regex;
  return regex_of(regex);
}

static bool string_match(VM *vm, int argc, Value *args) {
  (void)argc;
  RegexObj *re = pattern_arg(vm, args);
  Value match;
  if (re == NULL || !re_first_match(vm, re, AS_STRING(args[-1]), 0, 0, &match)) return false;
  RETURN_VAL(match);
}

static bool string_matches(VM *vm, int argc, Value *args) {
  (void)argc;
  RegexObj *re = pattern_arg(vm, args);
  bool found;
  if (re == NULL || !re_exec(vm, re, AS_STRING(args[-1]), 0, 0, &found)) return false;
  RETURN_BOOL(found);
}

static bool string_replace(VM *vm, int argc, Value *args) {
  if (!is_regex_arg(args[0])) {
    if (literal_replace == NULL)
      return vm_raise(vm, EXC_NOT_IMPLEMENTED, "%s(): literal replace is not available",
                      native_current_name(vm));
    return literal_replace(vm, argc, args);
  }
  RegexObj *re = pattern_arg(vm, args);
  Value result;
  if (re == NULL || !re_replace(vm, re, AS_STRING(args[-1]), args, 1, 0, &result)) return false;
  RETURN_VAL(result);
}

static const SbFunction regex_string_methods[] = {
    {"match", string_match, 1, 1,
     "match(pattern: string | Regex) -> dictionary\n"
     "The first match of pattern in the string as a dictionary {match, start, end, groups, "
     "named} (see Regex.match), or nil. pattern is a Regex, a '/pattern/flags' string "
     "(flags: i m s x u, as re.IGNORECASE ... re.UTF), or any other string, which is the "
     "pattern itself with no flags. Patterns are compiled once and cached. Raises "
     "RegexError for a bad pattern.\n"
     "Example: 'Order 66'.match('/(\\\\d+)/')['groups'][0]  # -> '66'"},
    {"matches", string_matches, 1, 1,
     "matches(pattern: string | Regex) -> bool\n"
     "Whether pattern (as match() takes it) matches anywhere in the string.\n"
     "Example: 'Hello'.matches('/^h/i')  # -> true"},
    {"replace", string_replace, 2, 2,
     "replace(old: string | Regex, new: string | function) -> string\n"
     "A copy with every occurrence of old replaced by new. When old is a Regex or a string "
     "of the form /pattern/flags - starting with '/', a later '/' closing a non-empty "
     "pattern, and nothing after that '/' but the flag letters i m s x u - it is a regex: "
     "new may refer to groups ($1, \\${name}, $0, $$) or be a function given each match "
     "dictionary (see Regex.replace). Any other old, '//' included, is literal text.\n"
     "Example: 'a1b22'.replace('/\\\\d+/', '#')  # -> 'a#b#'"},
    {NULL, NULL, 0, 0, NULL},
};

void re_string_methods_init(VM *vm) {
  Value existing;
  if (table_get(&vm->string_methods, copy_cstring(vm, "replace"), &existing) &&
      IS_NATIVE(existing) && AS_NATIVE(existing)->fn != string_replace)
    literal_replace = AS_NATIVE(existing)->fn;
  define_natives(vm, &vm->string_methods, "string", regex_string_methods);
}
