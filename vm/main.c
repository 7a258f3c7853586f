/* The sabre command: run a script with its arguments. */
#include <stdio.h>

#include "vm.h"

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: sabre script.b [arguments...]\n");
    return 64;
  }
  static VM vm;
  vm_init(&vm, argc - 1, argv + 1);
  RunResult result = vm_run_file(&vm, argv[1]);
  fflush(stdout);
  vm_free(&vm);
  return result == RUN_OK ? 0 : 1;
}
