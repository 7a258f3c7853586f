/* The sabre command: run a script with its arguments, start the REPL when
 * there is none, or print a module's reference (--doc MODULE). */
#include <stdio.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "doc.h"
#include "repl.h"
#include "vm.h"

/* sabre --doc MODULE: the module's reference as Markdown on stdout;
 * sabre --doc alone: the names of the modules. */
static int print_doc(VM *vm, const char *name) {
  StrBuf out;
  strbuf_init(&out);
  if (name == NULL) {
    doc_module_names(&out);
  } else if (!doc_module_markdown(vm, name, &out)) {
    fprintf(stderr, "sabre: no native module named '%s'\n", name);
    return 1;
  }
  fwrite(out.data, 1, (size_t)out.length, stdout);
  strbuf_free(&out);
  return 0;
}

/* glibc returns the top of the heap to the system as soon as 128 KiB of
 * it is free, so a loop that receives 64 KiB strings and lets the
 * collector free them faults fresh pages in on every receive. Keeping up
 * to 64 MiB free, and serving blocks up to 4 MiB from the heap rather than
 * from mmap, makes that memory reused. */
static void tune_malloc(void) {
#ifdef __GLIBC__
  mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
  mallopt(M_MMAP_THRESHOLD, 4 * 1024 * 1024);
#endif
}

int main(int argc, char **argv) {
  static VM vm;
  tune_malloc();
  vm_init(&vm, argc - 1, argv + 1);
  int status;
  if (argc < 2) status = repl_run(&vm);
  else if (strcmp(argv[1], "--doc") == 0 && argc <= 3) status = print_doc(&vm, argc == 3 ? argv[2] : NULL);
  else status = vm_run_file(&vm, argv[1]) == RUN_OK ? 0 : 1;
  fflush(stdout);
  vm_free(&vm);
  return status;
}
