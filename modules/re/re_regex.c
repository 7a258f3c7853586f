/* The Regex class's methods and properties: match (anchored), search,
 * find_all, replace and split, the pattern, flags and groups properties,
 * and @to_string. Subjects are strings (byte strings; UTF-8 text only
 * with the UTF flag); start offsets and the offsets in match dictionaries
 * are character indices, as string indexing counts them. */
#include <limits.h>

#include "format.h"
#include "lib_utf8.h"
#include "lib_util.h"
#include "re_obj.h"

static bool subject_arg(VM *vm, Value *args, ObjString **subject) {
  if (!check_string(vm, args, 0, "subject")) return false;
  *subject = AS_STRING(args[0]);
  return true;
}

/* A whole number in [0, INT_MAX] at args[index], or 0 when absent. */
static bool count_arg(VM *vm, int argc, Value *args, int index, const char *name, int *out) {
  *out = 0;
  if (argc <= index) return true;
  if (!check_int_range(vm, args, index, name, 0, INT_MAX)) return false;
  *out = (int)AS_NUMBER(args[index]);
  return true;
}

/* The start argument, a character index (negative counts from the end),
 * as a byte offset. */
static bool start_arg(VM *vm, int argc, Value *args, ObjString *subject, int *from) {
  *from = 0;
  if (argc < 2) return true;
  int length = string_char_count(subject);
  if (!check_int_range(vm, args, 1, "start", -length, length)) return false;
  int start = (int)AS_NUMBER(args[1]);
  *from = utf8_offset(subject, start < 0 ? start + length : start);
  return true;
}

static bool first_match(VM *vm, int argc, Value *args, uint32_t options) {
  ObjString *subject;
  int from;
  Value match;
  if (!subject_arg(vm, args, &subject) || !start_arg(vm, argc, args, subject, &from) ||
      !re_first_match(vm, regex_self(args), subject, from, options, &match))
    return false;
  RETURN_VAL(match);
}

static bool regex_match(VM *vm, int argc, Value *args) {
  return first_match(vm, argc, args, PCRE2_ANCHORED);
}

static bool regex_search(VM *vm, int argc, Value *args) {
  return first_match(vm, argc, args, 0);
}

static bool regex_find_all(VM *vm, int argc, Value *args) {
  (void)argc;
  ObjString *subject;
  if (!subject_arg(vm, args, &subject)) return false;
  ObjList *matches = new_list(vm);
  vm_push(vm, OBJ_VAL(matches));
  ReScan scan;
  re_scan_init(&scan, regex_self(args), subject);
  bool ok, found;
  while ((ok = re_scan_next(vm, &scan, &found)) && found)
    lib_list_append(vm, matches, OBJ_VAL(re_match_dict(vm, scan.re, subject, &scan.chars)));
  vm_pop(vm);
  if (!ok) return false;
  RETURN_OBJ(matches);
}

static bool regex_replace(VM *vm, int argc, Value *args) {
  ObjString *subject;
  int count;
  Value result;
  if (!subject_arg(vm, args, &subject) || !count_arg(vm, argc, args, 2, "count", &count) ||
      !re_replace(vm, regex_self(args), subject, args, 1, count, &result))
    return false;
  RETURN_VAL(result);
}

static void append_piece(VM *vm, ObjList *parts, ObjString *subject, int from, int to) {
  lib_list_append(vm, parts, OBJ_VAL(copy_string(vm, subject->chars + from, to - from)));
}

static bool regex_split(VM *vm, int argc, Value *args) {
  ObjString *subject;
  int limit;
  if (!subject_arg(vm, args, &subject) || !count_arg(vm, argc, args, 1, "limit", &limit))
    return false;
  ObjList *parts = new_list(vm);
  vm_push(vm, OBJ_VAL(parts));
  ReScan scan;
  re_scan_init(&scan, regex_self(args), subject);
  int done = 0;
  bool ok = true, found;
  for (int splits = 0; limit == 0 || splits < limit; splits++) {
    if (!(ok = re_scan_next(vm, &scan, &found)) || !found) break;
    append_piece(vm, parts, subject, done, scan.start);
    for (int i = 1; i <= scan.re->groups; i++)
      lib_list_append(vm, parts, re_group(vm, scan.re, subject, i));
    done = scan.end;
  }
  if (ok) append_piece(vm, parts, subject, done, subject->length);
  vm_pop(vm);
  if (!ok) return false;
  RETURN_OBJ(parts);
}

static bool regex_to_string(VM *vm, int argc, Value *args) {
  (void)argc;
  const RegexObj *re = regex_self(args);
  StrBuf buf;
  strbuf_init(&buf);
  strbuf_append_char(&buf, '/');
  strbuf_append(&buf, re->pattern, re->pattern_length);
  strbuf_append_char(&buf, '/');
  for (int i = 0; RE_FLAG_LETTERS[i]; i++)
    if (re->flags & (1 << i)) strbuf_append_char(&buf, RE_FLAG_LETTERS[i]);
  RETURN_OBJ(strbuf_to_string(vm, &buf));
}

static bool get_pattern(VM *vm, int argc, Value *args) {
  (void)argc;
  const RegexObj *re = regex_self(args);
  RETURN_OBJ(copy_string(vm, re->pattern, re->pattern_length));
}

static bool get_flags(VM *vm, int argc, Value *args) {
  (void)vm, (void)argc;
  RETURN_NUMBER(regex_self(args)->flags);
}

static bool get_groups(VM *vm, int argc, Value *args) {
  (void)vm, (void)argc;
  RETURN_NUMBER(regex_self(args)->groups);
}

const SbFunction regex_methods[] = {
    {"match", regex_match, 1, 2,
     "match(subject: string, start: number = 0) -> dictionary\n"
     "Matches the pattern at character index start (negative counts from the end) and only "
     "there: a match dictionary {match, start, end, groups, named}, or nil. start and end "
     "are character indices; groups lists the text of each group (nil for one that did not "
     "take part); named maps group names to their text. Raises RegexError when the subject "
     "is not valid UTF-8 under the UTF flag, ValueError when start is out of range.\n"
     "Example: re.compile('\\\\d+').match('42 apples')['match']  # -> '42'"},
    {"search", regex_search, 1, 2,
     "search(subject: string, start: number = 0) -> dictionary\n"
     "The first match at or after character index start, as match() describes it, or nil.\n"
     "Example: re.compile('(?<n>\\\\d+)').search('take 42')['named']['n']  # -> '42'"},
    {"find_all", regex_find_all, 1, 1,
     "find_all(subject: string) -> list\n"
     "Every non-overlapping match, left to right, as match dictionaries. An empty match is "
     "allowed right after another match but never twice at one place, as in Python.\n"
     "Example: re.compile('\\\\d').find_all('a1b2').map(@(m) { return m['match'] })  # -> ['1', '2']"},
    {"replace", regex_replace, 2, 3,
     "replace(subject: string, replacement: string | function, count: number = 0) -> string\n"
     "The subject with the first count matches (0: all) replaced. A string replacement may "
     "insert groups: $1 or ${1} by number, ${name} by name, $0 the whole match, $$ a "
     "dollar; a group that did not take part inserts nothing. A function replacement is "
     "called with each match dictionary and its result (as to_string gives it) is "
     "inserted. Raises RegexError for a bad reference such as $9 in a pattern with fewer "
     "groups.\n"
     "Example: re.compile('(\\\\w+)@(\\\\w+)').replace('me@host', '$2 at $1')  # -> 'host at me'"},
    {"split", regex_split, 1, 2,
     "split(subject: string, limit: number = 0) -> list\n"
     "The pieces of the subject between matches, at most limit splits (0: no limit). The "
     "text of each group of a match (nil when it did not take part) follows the piece "
     "before it, as in Python's re.split.\n"
     "Example: re.compile('\\\\s*(,)\\\\s*').split('a , b')  # -> ['a', ',', 'b']"},
    {"@to_string", regex_to_string, 0, 0,
     "@to_string() -> string\nThe pattern as /pattern/flags, with flag letters imsxu."},
    {NULL, NULL, 0, 0, NULL},
};

const SbProperty regex_properties[] = {
    {"pattern", get_pattern, NULL, "pattern: string\nThe pattern text, without delimiters."},
    {"flags", get_flags, NULL,
     "flags: number\nThe flags it was compiled with: IGNORECASE | MULTILINE | ..."},
    {"groups", get_groups, NULL, "groups: number\nThe number of capture groups."},
    {NULL, NULL, NULL, NULL},
};
