/* The reference of a native module as Markdown, generated from its
 * SbModule tables (the same doc texts help() prints). */
#ifndef SABRE_VM_DOC_H
#define SABRE_VM_DOC_H

#include "format.h"

/* The names of the native modules, one per line. */
void doc_module_names(StrBuf *out);
/* Writes the reference of the named module; false when there is none. */
bool doc_module_markdown(VM *vm, const char *name, StrBuf *out);

#endif
