/* Replacing matches, for Regex.replace and string.replace: the text
 * between matches is copied, and each match becomes either its
 * replacement template expanded by pcre2_substitute ($1 ${name} $0 $$;
 * an unset group inserts nothing) or the text of what a function returns
 * for the match dictionary. A function may use the same Regex again, so
 * nothing of a match is read after the function ran. */
#include <stdio.h>
#include <stdlib.h>

#include "format.h"
#include "lib_util.h"
#include "re_obj.h"

#define QUOTE_MAX 80 /* bytes of a bad replacement an error message quotes */

static bool append(VM *vm, StrBuf *buf, const char *bytes, int length) {
  if (!lib_check_length(vm, (double)buf->length + length, "the result's length")) return false;
  strbuf_append(buf, bytes, length);
  return true;
}

static int substitute(RegexObj *re, ObjString *subject, ObjString *template, char *out,
                      PCRE2_SIZE *length) {
  uint32_t options = PCRE2_SUBSTITUTE_MATCHED | PCRE2_SUBSTITUTE_REPLACEMENT_ONLY |
                     PCRE2_SUBSTITUTE_UNSET_EMPTY | PCRE2_SUBSTITUTE_OVERFLOW_LENGTH;
  return pcre2_substitute(re->code, (PCRE2_SPTR)subject->chars, (PCRE2_SIZE)subject->length, 0,
                          options, re->match_data, NULL, (PCRE2_SPTR)template->chars,
                          (PCRE2_SIZE)template->length, (PCRE2_UCHAR *)out, length);
}

/* length is the offset of a syntax error in the template, else unset. */
static bool raise_template_error(VM *vm, ObjString *template, int code, PCRE2_SIZE length) {
  char text[256], where[64] = "";
  re_error_text(code, text);
  if (length != PCRE2_UNSET && length <= (PCRE2_SIZE)template->length) {
    CharIndex chars;
    char_index_string(&chars, template);
    snprintf(where, sizeof where, " at offset %d", char_index_of(&chars, (int)length));
  }
  int quoted = template->length < QUOTE_MAX ? template->length : QUOTE_MAX;
  return re_raise(vm, "%s%s (replacement '%.*s%s')", text, where, quoted, template->chars,
                  quoted < template->length ? "..." : "");
}

/* Appends the template expanded for the last match. */
static bool expand(VM *vm, StrBuf *buf, RegexObj *re, ObjString *subject, ObjString *template) {
  char small[256];
  PCRE2_SIZE length = sizeof small;
  int rc = substitute(re, subject, template, small, &length);
  if (rc != PCRE2_ERROR_NOMEMORY) {
    return rc < 0 ? raise_template_error(vm, template, rc, length)
                  : append(vm, buf, small, (int)length);
  }
  if (!lib_check_length(vm, (double)length, "a replacement's length")) return false;
  char *big = malloc(++length); /* room for the terminating zero, counted or not */
  if (big == NULL) return re_raise(vm, "out of memory for a replacement of %zu bytes", length);
  rc = substitute(re, subject, template, big, &length);
  bool ok = rc < 0 ? raise_template_error(vm, template, rc, length)
                   : append(vm, buf, big, (int)length);
  free(big);
  return ok;
}

/* Appends the text of fn(match) for the last match. */
static bool call_replacer(VM *vm, StrBuf *buf, ReScan *scan, Value fn) {
  Value match = OBJ_VAL(re_match_dict(vm, scan->re, scan->subject, &scan->chars)), result;
  if (!lib_callback(vm, fn, 1, &match, 1, &result)) return false;
  vm_push(vm, result);
  ObjString *text = value_to_string(vm, result);
  vm_pop(vm);
  return text != NULL && append(vm, buf, text->chars, text->length);
}

static bool replace_match(VM *vm, StrBuf *buf, ReScan *scan, Value with) {
  return IS_STRING(with) ? expand(vm, buf, scan->re, scan->subject, AS_STRING(with))
                         : call_replacer(vm, buf, scan, with);
}

bool re_replace(VM *vm, RegexObj *re, ObjString *subject, Value *args, int replacement, int count,
                Value *out) {
  Value with = args[replacement];
  if (!IS_STRING(with) && !check_callable(vm, args, replacement, "replacement")) return false;
  StrBuf buf;
  strbuf_init(&buf);
  ReScan scan;
  re_scan_init(&scan, re, subject);
  int done = 0;
  bool ok = true, found;
  for (int replaced = 0; ok && (count == 0 || replaced < count); replaced++) {
    if (!(ok = re_scan_next(vm, &scan, &found)) || !found) break;
    ok = append(vm, &buf, subject->chars + done, scan.start - done) &&
         replace_match(vm, &buf, &scan, with);
    done = scan.end;
  }
  ok = ok && append(vm, &buf, subject->chars + done, subject->length - done);
  if (ok) *out = OBJ_VAL(strbuf_to_string(vm, &buf));
  else strbuf_free(&buf);
  return ok;
}
