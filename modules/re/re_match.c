/* Running matches: one pcre2_match call (retried without JIT when the JIT
 * stack runs out), stepping over successive matches without looping on
 * empty ones, converting PCRE2's byte offsets to the character indices
 * strings use, and building the match dictionary scripts see. */
#include "lib_utf8.h"
#include "lib_util.h"
#include "re_obj.h"

void char_index_init(CharIndex *ci, const char *chars, int length, bool ascii) {
  *ci = (CharIndex){chars, length, ascii, 0, 0};
}

void char_index_string(CharIndex *ci, ObjString *s) {
  char_index_init(ci, s->chars, s->length, string_char_count(s) == s->length);
}

int char_index_of(CharIndex *ci, int byte) {
  if (ci->ascii) return byte;
  if (byte < ci->byte) ci->byte = ci->index = 0;
  for (; ci->byte < byte && ci->byte < ci->length; ci->index++)
    ci->byte += utf8_char_size(ci->chars, ci->length, ci->byte);
  return ci->index;
}

static bool is_utf_error(int code) {
  return code <= PCRE2_ERROR_UTF8_ERR1 && code >= PCRE2_ERROR_UTF8_ERR21;
}

static bool raise_match_error(VM *vm, RegexObj *re, ObjString *subject, int code) {
  char text[256];
  re_error_text(code, text);
  if (!is_utf_error(code)) return re_raise(vm, "%s", text);
  CharIndex chars;
  char_index_string(&chars, subject);
  int at = char_index_of(&chars, (int)pcre2_get_startchar(re->match_data));
  return re_raise(vm, "the subject is not valid UTF-8 (%s at offset %d)", text, at);
}

static int run(RegexObj *re, ObjString *subject, int from, uint32_t options) {
  return pcre2_match(re->code, (PCRE2_SPTR)subject->chars, (PCRE2_SIZE)subject->length,
                     (PCRE2_SIZE)from, options, re->match_data, NULL);
}

bool re_exec(VM *vm, RegexObj *re, ObjString *subject, int from, uint32_t options, bool *found) {
  int rc = run(re, subject, from, options);
  if (rc == PCRE2_ERROR_JIT_STACKLIMIT) rc = run(re, subject, from, options | PCRE2_NO_JIT);
  *found = rc >= 0;
  return rc >= 0 || rc == PCRE2_ERROR_NOMATCH || raise_match_error(vm, re, subject, rc);
}

void re_scan_init(ReScan *scan, RegexObj *re, ObjString *subject) {
  *scan = (ReScan){.re = re, .subject = subject};
  char_index_string(&scan->chars, subject);
}

bool re_scan_next(VM *vm, ReScan *scan, bool *found) {
  uint32_t options = (scan->after_empty ? PCRE2_NOTEMPTY_ATSTART : 0) |
                     (scan->checked ? PCRE2_NO_UTF_CHECK : 0);
  if (!re_exec(vm, scan->re, scan->subject, scan->offset, options, found)) return false;
  scan->checked = true;
  if (!*found) return true;
  PCRE2_SIZE *ovector = pcre2_get_ovector_pointer(scan->re->match_data);
  scan->start = (int)ovector[0];
  scan->end = scan->offset = (int)ovector[1];
  scan->after_empty = scan->start == scan->end;
  return true;
}

Value re_group(VM *vm, RegexObj *re, ObjString *subject, int i) {
  PCRE2_SIZE *ovector = pcre2_get_ovector_pointer(re->match_data);
  if (ovector[2 * i] == PCRE2_UNSET) return NIL_VAL;
  return OBJ_VAL(copy_string(vm, subject->chars + ovector[2 * i],
                             (int)(ovector[2 * i + 1] - ovector[2 * i])));
}

static ObjList *group_list(VM *vm, RegexObj *re, ObjString *subject) {
  ObjList *list = new_list(vm);
  vm_push(vm, OBJ_VAL(list));
  for (int i = 1; i <= re->groups; i++) lib_list_append(vm, list, re_group(vm, re, subject, i));
  vm_pop(vm);
  return list;
}

/* {name: text}; with duplicate names ((?J)) the group that matched wins.
 * PCRE2's name table is sorted, so entries of one name are adjacent. */
static ObjDict *named_groups(VM *vm, RegexObj *re, ObjString *subject) {
  uint32_t count, size;
  PCRE2_SPTR entry;
  pcre2_pattern_info(re->code, PCRE2_INFO_NAMECOUNT, &count);
  pcre2_pattern_info(re->code, PCRE2_INFO_NAMEENTRYSIZE, &size);
  pcre2_pattern_info(re->code, PCRE2_INFO_NAMETABLE, &entry);
  ObjDict *named = new_dict(vm);
  vm_push(vm, OBJ_VAL(named));
  for (uint32_t i = 0; i < count; i++, entry += size) {
    const char *name = (const char *)entry + 2;
    bool first = i == 0 || strcmp(name, (const char *)entry - size + 2) != 0;
    Value text = re_group(vm, re, subject, entry[0] << 8 | entry[1]);
    if (first || !IS_NIL(text)) dict_set_cstr(vm, named, name, text);
  }
  vm_pop(vm);
  return named;
}

ObjDict *re_match_dict(VM *vm, RegexObj *re, ObjString *subject, CharIndex *chars) {
  PCRE2_SIZE *ovector = pcre2_get_ovector_pointer(re->match_data);
  int start = char_index_of(chars, (int)ovector[0]), end = char_index_of(chars, (int)ovector[1]);
  ObjDict *dict = new_dict(vm);
  vm_push(vm, OBJ_VAL(dict));
  dict_set_cstr(vm, dict, "match", re_group(vm, re, subject, 0));
  dict_set_cstr(vm, dict, "start", NUMBER_VAL(start));
  dict_set_cstr(vm, dict, "end", NUMBER_VAL(end));
  dict_set_cstr(vm, dict, "groups", OBJ_VAL(group_list(vm, re, subject)));
  dict_set_cstr(vm, dict, "named", OBJ_VAL(named_groups(vm, re, subject)));
  vm_pop(vm);
  return dict;
}

bool re_first_match(VM *vm, RegexObj *re, ObjString *subject, int from, uint32_t options,
                    Value *out) {
  bool found;
  if (!re_exec(vm, re, subject, from, options, &found)) return false;
  CharIndex chars;
  char_index_string(&chars, subject);
  *out = found ? OBJ_VAL(re_match_dict(vm, re, subject, &chars)) : NIL_VAL;
  return true;
}
