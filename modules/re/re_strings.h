/* The string methods backed by the re module: match, matches, and a
 * replace that takes a Regex or a '/pattern/flags' string as well as
 * literal text. They compile through the re module's cache, loading the
 * module on first use, so scripts need no `import re` for them. */
#ifndef SABRE_MODULES_RE_RE_STRINGS_H
#define SABRE_MODULES_RE_RE_STRINGS_H

#include "vm.h"

/* Registers the methods into vm->string_methods. Call it after the
 * built-in string methods exist: replace keeps the literal replace it
 * finds there for patterns that are not regexes. */
void re_string_methods_init(VM *vm);

#endif
