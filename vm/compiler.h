/* Compiler: source text to a function of bytecode in one pass. */
#ifndef SABRE_VM_COMPILER_H
#define SABRE_VM_COMPILER_H

#include "object.h"

#define COMPILE_ERROR_MAX 512

/* What the compiler reports of a module's documented declarations when
 * asked (for `sabre --doc` on modules written in Sabre). Texts point into
 * the source, which must outlive the collector. */
typedef enum { DOC_MODULE, DOC_FUNCTION, DOC_CLASS, DOC_METHOD, DOC_FIELD } DocKind;

typedef struct {
  DocKind kind;
  char owner[64];      /* the class of a method or field */
  char name[64];
  char parent[64];     /* a class's superclass */
  char params[256];    /* a function's parameters as written */
  const char *text;    /* the doc comment, or NULL */
  int text_length;
} DocEntry;

typedef struct {
  DocEntry *entries;
  int count;
  int capacity;
} DocCollector;

void doc_collector_free(DocCollector *docs);

/* Compiles a whole module body, the length bytes of source (which may
 * hold NUL bytes). With repl set, each top-level expression
 * statement prints its value (as the REPL shows it). On a syntax error
 * returns NULL and writes "path:line: message" into error. */
ObjFunction *compile(VM *vm, ObjModule *module, const char *source, size_t length, bool repl,
                     char error[COMPILE_ERROR_MAX]);
/* Compiles a module only to collect its documentation into docs. */
bool compile_docs(VM *vm, ObjModule *module, const char *source, size_t length,
                  DocCollector *docs, char error[COMPILE_ERROR_MAX]);
void compiler_mark_roots(VM *vm);

#endif
