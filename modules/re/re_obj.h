/* What the re module's files share: the Regex payload (a compiled PCRE2
 * pattern, its match data, the pattern text and flags), the compile cache,
 * RegexError raising, running a match and stepping over successive
 * matches, and turning a match into the dictionary scripts see. Offsets
 * scripts see are character indices; PCRE2 works in bytes. */
#ifndef SABRE_MODULES_RE_RE_OBJ_H
#define SABRE_MODULES_RE_RE_OBJ_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "sabre.h"

/* The flags scripts pass; re_compile.c maps them to PCRE2 options. */
enum {
  RE_IGNORECASE = 1,
  RE_MULTILINE = 2,
  RE_DOTALL = 4,
  RE_EXTENDED = 8,
  RE_UTF = 16,
  RE_ALL_FLAGS = 31,
};
/* The letters of the flags in /pattern/flags text: letter i is 1 << i. */
#define RE_FLAG_LETTERS "imsxu"

/* A zeroed payload (an object whose compilation never finished) holds
 * nothing, and the finalizer frees nothing. */
typedef struct {
  pcre2_code *code;
  pcre2_match_data *match_data;
  char *pattern; /* malloc'd copy: a payload cannot hold VM objects */
  int pattern_length;
  int flags;
  int groups; /* capture groups */
} RegexObj;

extern const SbModule re_module;

/* The finalizer: frees the compiled code, match data and pattern text,
 * without touching the VM. */
void regex_release(void *payload);
/* The payload of a Regex object, or NULL when value is not one. */
RegexObj *regex_of(Value value);
static inline RegexObj *regex_self(Value *args) { return sb_payload(args[-1]); }

/* re_compile.c. The re module object, loaded on first use when a string
 * method needs it before any `import re`; NULL after raising. */
ObjModule *re_module_object(VM *vm);
/* Raises RegexError "F(): <text>" naming the running native. */
bool re_raise(VM *vm, const char *format, ...) SB_PRINTF(2, 3);
/* PCRE2's text for an error code. */
void re_error_text(int code, char out[256]);
/* The Regex for (pattern, flags) from the module's cache, compiled and
 * cached on a miss. The pattern may live in a VM string. */
bool re_get(VM *vm, const char *pattern, int length, int flags, Value *out);

/* re_match.c. Converts byte offsets of one text to character indices
 * (as lib_utf8.h counts them: an offset inside a character rounds up to
 * the next one), in one pass when the offsets increase. */
typedef struct {
  const char *chars;
  int length;
  bool ascii; /* every byte is a character */
  int byte;   /* the last offset converted, and its index */
  int index;
} CharIndex;

void char_index_init(CharIndex *ci, const char *chars, int length, bool ascii);
void char_index_string(CharIndex *ci, ObjString *s);
int char_index_of(CharIndex *ci, int byte);

/* Runs one match from byte offset from with PCRE2 options; *found says
 * whether it matched. False after raising RegexError for a failed run
 * (invalid UTF-8 in UTF mode, a match limit). */
bool re_exec(VM *vm, RegexObj *re, ObjString *subject, int from, uint32_t options, bool *found);

/* Successive non-overlapping matches, as Python's finditer: an empty match
 * is allowed next to a previous match, but never twice at one place. Only
 * the first search checks UTF-8 (each check reads to the end of the
 * subject); later ones start where a match ended, on a character. */
typedef struct {
  RegexObj *re;
  ObjString *subject;
  int offset;       /* where the next search starts */
  bool after_empty; /* the last match was empty and ended at offset */
  bool checked;     /* the first search checked the whole subject's UTF-8 */
  int start, end;   /* the current match, in bytes */
  CharIndex chars;
} ReScan;

void re_scan_init(ReScan *scan, RegexObj *re, ObjString *subject);
/* The next match into scan->start/end; *found false at the end. */
bool re_scan_next(VM *vm, ReScan *scan, bool *found);

/* The first match at or after byte offset from (only at it with
 * PCRE2_ANCHORED) as a match dictionary, or nil. */
bool re_first_match(VM *vm, RegexObj *re, ObjString *subject, int from, uint32_t options,
                    Value *out);
/* {match, start, end, groups, named} of the last match of re; not rooted. */
ObjDict *re_match_dict(VM *vm, RegexObj *re, ObjString *subject, CharIndex *chars);
/* The text of group i of the last match, or nil when it did not take part. */
Value re_group(VM *vm, RegexObj *re, ObjString *subject, int i);

/* re_replace.c. The subject with up to count matches (0: all) replaced by
 * args[replacement]: a string with $1 ${name} $0 $$ references, or a
 * function given the match dictionary. The Regex object must be rooted
 * by the caller (the function may drop it from the cache). */
bool re_replace(VM *vm, RegexObj *re, ObjString *subject, Value *args, int replacement, int count,
                Value *out);

#endif
