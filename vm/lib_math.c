/* The numeric built-ins: abs, min and max (over their arguments or over
 * one list), sum (of a list or a range) and rand (a float in [0, 1) or an
 * integer in [lower, upper], from a generator seeded once from the
 * clock). */
#include <math.h>
#include <time.h>

#include "builtins.h"
#include "lib_util.h"
#include "native.h"

#define MAX_EXACT_INT 9007199254740992.0 /* 2^53 */

static bool fn_abs(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!check_number(vm, args, 0, "number")) return false;
  RETURN_NUMBER(fabs(AS_NUMBER(args[0])));
}

static bool raise_list_item(VM *vm, int index, Value item) {
  return vm_raise(vm, EXC_TYPE, "%s(): item %d of the list must be a number, got %s",
                  native_current_name(vm), index, value_type_name(item));
}

/* min and max: one list argument means its items, else the arguments. */
static bool extreme(VM *vm, int argc, Value *args, bool want_max) {
  const Value *items = args;
  int count = argc;
  bool from_list = argc == 1 && IS_LIST(args[0]);
  if (from_list) {
    items = AS_LIST(args[0])->items.values;
    count = AS_LIST(args[0])->items.count;
    if (count == 0) {
      return vm_raise(vm, EXC_VALUE, "%s(): the list is empty", native_current_name(vm));
    }
  }
  double best = 0;
  for (int i = 0; i < count; i++) {
    if (!IS_NUMBER(items[i])) {
      if (from_list) return raise_list_item(vm, i, items[i]);
      return raise_arg_type(vm, args, i, "value", "a number");
    }
    double n = AS_NUMBER(items[i]);
    if (i == 0 || (want_max ? n > best : n < best)) best = n;
  }
  RETURN_NUMBER(best);
}

static bool fn_min(VM *vm, int argc, Value *args) { return extreme(vm, argc, args, false); }

static bool fn_max(VM *vm, int argc, Value *args) { return extreme(vm, argc, args, true); }

static bool fn_sum(VM *vm, int argc, Value *args) {
  (void)argc;
  if (IS_RANGE(args[0])) {
    ObjRange *range = AS_RANGE(args[0]);
    double count = lib_range_count(range);
    double step = range->end < range->start ? -1 : 1;
    double last = range->start + (count - 1) * step;
    RETURN_NUMBER(count == 0 ? 0 : count * (range->start + last) / 2);
  }
  if (!IS_LIST(args[0])) return raise_arg_type(vm, args, 0, "values", "a list or range");
  ObjList *list = AS_LIST(args[0]);
  double total = 0;
  for (int i = 0; i < list->items.count; i++) {
    if (!IS_NUMBER(list->items.values[i])) {
      return raise_list_item(vm, i, list->items.values[i]);
    }
    total += AS_NUMBER(list->items.values[i]);
  }
  RETURN_NUMBER(total);
}

/* splitmix64: small, fast and good enough for a scripting rand(). */
static uint64_t next_random(void) {
  static uint64_t state;
  static bool seeded;
  if (!seeded) {
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    state = (uint64_t)now.tv_sec * 1000000007u ^ (uint64_t)now.tv_nsec;
    seeded = true;
  }
  uint64_t z = (state += 0x9E3779B97F4A7C15u);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
  return z ^ (z >> 31);
}

/* Rejection sampling keeps every value of the span equally likely. */
static uint64_t random_below(uint64_t span) {
  uint64_t limit = UINT64_MAX - UINT64_MAX % span;
  uint64_t r;
  do r = next_random();
  while (r >= limit);
  return r % span;
}

static bool fn_rand(VM *vm, int argc, Value *args) {
  if (argc == 0) RETURN_NUMBER((double)(next_random() >> 11) * 0x1.0p-53);
  if (argc == 1) {
    return vm_raise(vm, EXC_ARGUMENT, "%s(): expected 0 or 2 arguments, got 1",
                    native_current_name(vm));
  }
  if (!check_int_range(vm, args, 0, "lower", -MAX_EXACT_INT, MAX_EXACT_INT) ||
      !check_int_range(vm, args, 1, "upper", AS_NUMBER(args[0]), MAX_EXACT_INT)) {
    return false;
  }
  double lower = AS_NUMBER(args[0]);
  uint64_t span = (uint64_t)(AS_NUMBER(args[1]) - lower) + 1;
  RETURN_NUMBER(lower + (double)random_below(span));
}

void lib_math_init(VM *vm) {
  define_natives(vm, &vm->builtins, "", (const SbFunction[]){
      {"abs", fn_abs, 1, 1, "abs(number: number) -> number\nThe absolute value of number."},
      {"min", fn_min, 1, -1,
       "min(...values: number) -> number\n"
       "The smallest of the arguments, or of the items of a single list argument."},
      {"max", fn_max, 1, -1,
       "max(...values: number) -> number\n"
       "The largest of the arguments, or of the items of a single list argument."},
      {"sum", fn_sum, 1, 1,
       "sum(values: list|range) -> number\nThe total of a list of numbers or of a range."},
      {"rand", fn_rand, 0, 2,
       "rand(lower: number = nil, upper: number = nil) -> number\n"
       "Without arguments a float in [0, 1); with both, an integer in "
       "[lower, upper]."},
      {NULL, NULL, 0, 0, NULL},
  });
}
