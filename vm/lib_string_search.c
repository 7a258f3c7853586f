/* The string methods that search for a substring: index_of,
 * last_index_of, contains, count, starts_with, ends_with, replace
 * (literal), split and join. Positions given and returned are character
 * indices; the searching itself is on bytes. */
#include "builtins.h"
#include "format.h"
#include "lib_utf8.h"
#include "lib_util.h"
#include "native.h"

#define SELF AS_STRING(args[-1])

static bool string_method_index_of(VM *vm, int argc, Value *args) {
  if (!check_string(vm, args, 0, "substring")) return false;
  if (argc > 1 && !check_int(vm, args, 1, "start")) return false;
  ObjString *s = SELF, *sub = AS_STRING(args[0]);
  int count = string_char_count(s);
  double start = argc > 1 ? AS_NUMBER(args[1]) : 0;
  if (start < 0) start += count;
  if (start < 0) start = 0;
  if (start > count) RETURN_NUMBER(-1);
  int from = utf8_offset(s, (int)start);
  int pos = lib_find(s->chars, s->length, sub->chars, sub->length, from);
  RETURN_NUMBER(pos < 0 ? -1 : utf8_index(s, pos));
}

static bool string_method_last_index_of(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!check_string(vm, args, 0, "substring")) return false;
  ObjString *s = SELF, *sub = AS_STRING(args[0]);
  int last = -1;
  for (int pos = lib_find(s->chars, s->length, sub->chars, sub->length, 0); pos >= 0;
       pos = lib_find(s->chars, s->length, sub->chars, sub->length, pos + 1)) {
    last = pos;
  }
  RETURN_NUMBER(last < 0 ? -1 : utf8_index(s, last));
}

static bool string_method_contains(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!check_string(vm, args, 0, "substring")) return false;
  ObjString *s = SELF, *sub = AS_STRING(args[0]);
  RETURN_BOOL(lib_find(s->chars, s->length, sub->chars, sub->length, 0) >= 0);
}

static bool string_method_count(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!check_string(vm, args, 0, "substring")) return false;
  ObjString *s = SELF, *sub = AS_STRING(args[0]);
  if (sub->length == 0) RETURN_NUMBER(string_char_count(s) + 1);
  int count = 0;
  for (int pos = lib_find(s->chars, s->length, sub->chars, sub->length, 0); pos >= 0;
       pos = lib_find(s->chars, s->length, sub->chars, sub->length, pos + sub->length)) {
    count++;
  }
  RETURN_NUMBER(count);
}

static bool affix(VM *vm, Value *args, bool at_end) {
  if (!check_string(vm, args, 0, at_end ? "suffix" : "prefix")) return false;
  ObjString *s = SELF, *affix = AS_STRING(args[0]);
  if (affix->length > s->length) RETURN_BOOL(false);
  int offset = at_end ? s->length - affix->length : 0;
  RETURN_BOOL(memcmp(s->chars + offset, affix->chars, (size_t)affix->length) == 0);
}

static bool string_method_starts_with(VM *vm, int argc, Value *args) {
  (void)argc;
  return affix(vm, args, false);
}

static bool string_method_ends_with(VM *vm, int argc, Value *args) {
  (void)argc;
  return affix(vm, args, true);
}

static bool string_method_replace(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!check_string(vm, args, 0, "old") || !check_string(vm, args, 1, "new")) return false;
  ObjString *s = SELF, *old = AS_STRING(args[0]), *new_text = AS_STRING(args[1]);
  if (old->length == 0) {
    return vm_raise(vm, EXC_VALUE, "%s(): argument 1 (old) must not be empty",
                    native_current_name(vm));
  }
  int pos = lib_find(s->chars, s->length, old->chars, old->length, 0);
  if (pos < 0) RETURN_VAL(args[-1]);
  StrBuf buf;
  strbuf_init(&buf);
  int done = 0;
  for (; pos >= 0; pos = lib_find(s->chars, s->length, old->chars, old->length, done)) {
    strbuf_append(&buf, s->chars + done, pos - done);
    strbuf_append(&buf, new_text->chars, new_text->length);
    done = pos + old->length;
  }
  strbuf_append(&buf, s->chars + done, s->length - done);
  RETURN_OBJ(strbuf_to_string(vm, &buf));
}

/* The separators are found first (the first SPLIT_REMEMBERED of them
 * remembered, so short texts are searched once), then the list is made at
 * its size and each piece goes straight into it: the list, reachable from
 * the stack, keeps the pieces made so far. */
enum { SPLIT_REMEMBERED = 32 };

static bool string_method_split(VM *vm, int argc, Value *args) {
  if (argc > 0 && !check_string(vm, args, 0, "separator")) return false;
  ObjString *s = SELF;
  if (argc == 0 || AS_STRING(args[0])->length == 0) RETURN_OBJ(lib_string_chars(vm, s));
  ObjString *sep = AS_STRING(args[0]);
  int found[SPLIT_REMEMBERED], separators = 0;
  for (int pos = lib_find(s->chars, s->length, sep->chars, sep->length, 0); pos >= 0;
       pos = lib_find(s->chars, s->length, sep->chars, sep->length, pos + sep->length)) {
    if (separators < SPLIT_REMEMBERED) found[separators] = pos;
    separators++;
  }
  ObjList *parts = new_list_sized(vm, separators + 1);
  vm_push(vm, OBJ_VAL(parts));
  Value *piece = parts->items.values;
  int done = 0;
  for (int i = 0; i < separators; i++) {
    int pos = i < SPLIT_REMEMBERED ? found[i]
                                   : lib_find(s->chars, s->length, sep->chars, sep->length, done);
    ObjString *text = string_slice(vm, s, done, pos);
    piece[parts->items.count++] = OBJ_VAL(text);
    done = pos + sep->length;
  }
  ObjString *rest = string_slice(vm, s, done, s->length);
  piece[parts->items.count++] = OBJ_VAL(rest);
  vm_pop(vm);
  RETURN_OBJ(parts);
}

static bool string_method_join(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!check_list(vm, args, 0, "items")) return false;
  Value joined;
  if (!lib_join(vm, AS_LIST(args[0]), SELF->chars, SELF->length, &joined)) return false;
  RETURN_VAL(joined);
}

void lib_string_search_init(VM *vm) {
  define_natives(vm, &vm->string_methods, "string", (const SbFunction[]){
      {"index_of", string_method_index_of, 1, 2,
       "index_of(substring: string, start: number = 0) -> number\n"
       "The character index of the first occurrence at or after start, or -1."},
      {"last_index_of", string_method_last_index_of, 1, 1,
       "last_index_of(substring: string) -> number\n"
       "The character index of the last occurrence, or -1."},
      {"contains", string_method_contains, 1, 1,
       "contains(substring: string) -> bool\nWhether substring occurs in the string."},
      {"count", string_method_count, 1, 1,
       "count(substring: string) -> number\n"
       "The number of non-overlapping occurrences (characters + 1 for '')."},
      {"starts_with", string_method_starts_with, 1, 1,
       "starts_with(prefix: string) -> bool\nWhether the string begins with prefix."},
      {"ends_with", string_method_ends_with, 1, 1,
       "ends_with(suffix: string) -> bool\nWhether the string ends with suffix."},
      {"replace", string_method_replace, 2, 2,
       "replace(old: string, new: string) -> string\n"
       "A copy with every occurrence of old (literal text) replaced by new."},
      {"split", string_method_split, 0, 1,
       "split(separator: string = '') -> list\n"
       "The pieces between occurrences of separator, or the characters when "
       "separator is empty."},
      {"join", string_method_join, 1, 1,
       "join(items: list) -> string\n"
       "The text of every item (as to_string gives it) with this string between."},
      {NULL, NULL, 0, 0, NULL},
  });
}
