/* The interactive prompt: `sabre` with no script. */
#ifndef SABRE_VM_REPL_H
#define SABRE_VM_REPL_H

#include "vm.h"

/* Reads, runs and prints until end of input; returns the exit status. */
int repl_run(VM *vm);
/* Tab completion of names and members (repl_complete.c). */
void repl_complete_init(VM *vm);

#endif
