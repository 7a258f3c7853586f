/* Compiler: source text to a function of bytecode in one pass. */
#ifndef SABRE_VM_COMPILER_H
#define SABRE_VM_COMPILER_H

#include "object.h"

#define COMPILE_ERROR_MAX 512

/* Compiles a whole module body. With repl set, each top-level expression
 * statement prints its value (as the REPL shows it). On a syntax error
 * returns NULL and writes "path:line: message" into error. */
ObjFunction *compile(VM *vm, ObjModule *module, const char *source, bool repl,
                     char error[COMPILE_ERROR_MAX]);
void compiler_mark_roots(VM *vm);

#endif
