/* The reference of a native module as Markdown, generated from its
 * SbModule tables (the same doc texts help() prints). */
#ifndef SABRE_VM_DOC_H
#define SABRE_VM_DOC_H

#include "format.h"

/* The names of the native modules, one per line. */
void doc_module_names(StrBuf *out);
/* The text of a doc comment (what lies between its opening and closing
 * marks) without its decoration: on each line a leading " * ", or, on
 * lines without it, the indentation they all share, so that an example's
 * own indentation stays. Blank lines and trailing blanks are dropped. */
void doc_comment_text(StrBuf *out, const char *text, int length);
/* Writes the reference of the named module; false when there is none. */
bool doc_module_markdown(VM *vm, const char *name, StrBuf *out);

#endif
