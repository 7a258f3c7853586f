/* See fuzz_support.h. */
#include <stdlib.h>
#include <string.h>

#include "fuzz_support.h"
#include "memory.h"

char *fuzz_source(const uint8_t *data, size_t size) {
  char *text = malloc(size + 1);
  if (text == NULL) out_of_memory();
  memcpy(text, data, size);
  text[size] = '\0';
  return text;
}

VM *fuzz_vm_new(void) {
  static char *argv[] = {"fuzz", NULL};
  VM *vm = calloc(1, sizeof(VM));
  if (vm == NULL) out_of_memory();
  vm_init(vm, 1, argv);
  return vm;
}

void fuzz_vm_free(VM *vm) {
  vm_free(vm);
  free(vm);
}

ObjModule *fuzz_module(VM *vm) {
  ObjString *name = copy_cstring(vm, "fuzz");
  vm_push(vm, OBJ_VAL(name));
  ObjString *path = copy_cstring(vm, "fuzz.b");
  vm_push(vm, OBJ_VAL(path));
  ObjModule *module = new_module(vm, name, path);
  vm->fiber->stack_top -= 2;
  vm_push(vm, OBJ_VAL(module));
  return module;
}
