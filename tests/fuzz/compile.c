/* Fuzz target: any text through the scanner and compiler, as a script,
 * as a REPL entry and through the doc collector. Each must either compile
 * or report an error as "path:line: message"; none may crash. */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "compiler.h"
#include "fuzz_support.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void expect_compiled_or_reported(ObjFunction *fn, const char *error) {
  if (fn == NULL) assert(error[0] != '\0' && strchr(error, ':') != NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *source = fuzz_source(data, size);
  VM *vm = fuzz_vm_new();
  ObjModule *module = fuzz_module(vm);
  for (int repl = 0; repl < 2; repl++) {
    char error[COMPILE_ERROR_MAX] = "";
    ObjFunction *fn = compile(vm, module, source, size, repl, error);
    expect_compiled_or_reported(fn, error);
  }
  DocCollector docs = {NULL, 0, 0};
  char error[COMPILE_ERROR_MAX] = "";
  compile_docs(vm, module, source, size, &docs, error);
  doc_collector_free(&docs);
  fuzz_vm_free(vm);
  free(source);
  return 0;
}
