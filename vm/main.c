/* The sabre command: run a script with its arguments, or start the REPL
 * when there is none. */
#include <stdio.h>

#include "repl.h"
#include "vm.h"

int main(int argc, char **argv) {
  static VM vm;
  vm_init(&vm, argc - 1, argv + 1);
  int status;
  if (argc < 2) status = repl_run(&vm);
  else status = vm_run_file(&vm, argv[1]) == RUN_OK ? 0 : 1;
  fflush(stdout);
  vm_free(&vm);
  return status;
}
