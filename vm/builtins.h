/* Registration of the built-in functions and of the methods of the
 * built-in types. vm_init calls the first seven; the others are parts of
 * builtins_init and lib_string_init/lib_list_init, split by file, and are
 * declared here only so those can call them. */
#ifndef SABRE_VM_BUILTINS_H
#define SABRE_VM_BUILTINS_H

#include "vm.h"

void builtins_init(VM *vm);
void lib_string_init(VM *vm);
void lib_list_init(VM *vm);
void lib_dict_init(VM *vm);
void lib_bytes_init(VM *vm);
void lib_range_init(VM *vm);
void lib_file_init(VM *vm);
void help_init(VM *vm);
void lib_fiber_init(VM *vm);

void lib_convert_init(VM *vm);
void lib_text_init(VM *vm);
void lib_types_init(VM *vm);
void lib_props_init(VM *vm);
void lib_math_init(VM *vm);
void lib_string_search_init(VM *vm);
void lib_list_func_init(VM *vm);
void lib_list_sort_init(VM *vm);

#endif
