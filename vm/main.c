/* The sabre command: run a script with its arguments, start the REPL when
 * there is none, or print a module's reference (--doc MODULE). */
#include <stdio.h>
#include <string.h>

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

int main(int argc, char **argv) {
  static VM vm;
  vm_init(&vm, argc - 1, argv + 1);
  int status;
  if (argc < 2) status = repl_run(&vm);
  else if (strcmp(argv[1], "--doc") == 0 && argc <= 3) status = print_doc(&vm, argc == 3 ? argv[2] : NULL);
  else status = vm_run_file(&vm, argv[1]) == RUN_OK ? 0 : 1;
  fflush(stdout);
  vm_free(&vm);
  return status;
}
