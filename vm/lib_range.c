/* The methods of ranges (start..end, end excluded, counting down when
 * start > end): length, to_list and contains. Iteration is the VM's. */
#include <math.h>

#include "builtins.h"
#include "lib_convert.h"
#include "lib_util.h"
#include "native.h"

#define SELF AS_RANGE(args[-1])

static bool range_method_length(VM *vm, int argc, Value *args) {
  (void)vm;
  (void)argc;
  RETURN_NUMBER(lib_range_count(SELF));
}

static bool range_method_to_list(VM *vm, int argc, Value *args) {
  (void)argc;
  ObjList *list;
  if (!lib_to_list(vm, args[-1], &list)) return false;
  RETURN_OBJ(list);
}

/* Anything that is not one of the range's numbers is simply not in it. */
static bool range_method_contains(VM *vm, int argc, Value *args) {
  (void)vm;
  (void)argc;
  if (!IS_NUMBER(args[0])) RETURN_BOOL(false);
  double n = AS_NUMBER(args[0]), start = SELF->start, end = SELF->end;
  bool inside = start <= end ? n >= start && n < end : n <= start && n > end;
  RETURN_BOOL(inside && number_is_whole(n - start));
}

void lib_range_init(VM *vm) {
  define_natives(vm, &vm->range_methods, "range", (const SbFunction[]){
      {"length", range_method_length, 0, 0,
       "length() -> number\nHow many numbers the range yields (3..0 yields 3, 2, 1)."},
      {"to_list", range_method_to_list, 0, 0,
       "to_list() -> list\nThe numbers of the range, in order."},
      {"contains", range_method_contains, 1, 1,
       "contains(value: any) -> bool\nWhether iterating the range yields value."},
      {NULL, NULL, 0, 0, NULL},
  });
}
