/* Shared by the fuzz targets that give their input to a VM as source
 * text: a fresh VM for each input, so one input cannot change how the
 * next one behaves. */
#ifndef SABRE_TESTS_FUZZ_SUPPORT_H
#define SABRE_TESTS_FUZZ_SUPPORT_H

#include <stddef.h>
#include <stdint.h>

#include "vm.h"

/* The input as a NUL-terminated string (it ends at its first NUL byte, as
 * a script file's text does); free it with free(). */
char *fuzz_source(const uint8_t *data, size_t size);
VM *fuzz_vm_new(void);
void fuzz_vm_free(VM *vm);
/* A new module named "fuzz", kept on the VM's stack. */
ObjModule *fuzz_module(VM *vm);

#endif
