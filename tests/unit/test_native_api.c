/* The native-module API (vm/sabre.h), through a module registered from
 * this test binary: argument-count, type and range errors naming the
 * function, native classes with payload, properties and finalizer,
 * constants (supported and not), superclasses by name, OS errors
 * carrying errno and the operation, per-VM module state, and the byte
 * buffer natives build their text in. */
#include <criterion/criterion.h>
#include <errno.h>
#include <string.h>

#include "format.h"
#include "memory.h"
#include "sabre.h"
#include "test_support.h"

typedef struct {
  double value;
} Counter;

static int finalized;
static void counter_finalize(void *payload) {
  (void)payload;
  finalized++;
}

static bool tm_add(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!check_number(vm, args, 0, "a") || !check_number(vm, args, 1, "b")) return false;
  RETURN_NUMBER(AS_NUMBER(args[0]) + AS_NUMBER(args[1]));
}

static bool tm_fail(VM *vm, int argc, Value *args) {
  (void)argc, (void)args;
  return vm_raise_os(vm, AS_CLASS(vm_peek(vm, 0)), ENOENT, "open %s", "/nope");
}

static const SbModule test_module;

/* count() -> how many times this VM called it */
static bool tm_count(VM *vm, int argc, Value *args) {
  (void)argc;
  double *count = sb_module_state(vm, &test_module);
  RETURN_NUMBER(++*count);
}

static bool counter_init(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!check_number(vm, args, 0, "start")) return false;
  ((Counter *)sb_payload(args[-1]))->value = AS_NUMBER(args[0]);
  return true;
}

static bool counter_add(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!check_int_range(vm, args, 0, "step", 1, 100)) return false;
  ((Counter *)sb_payload(args[-1]))->value += AS_NUMBER(args[0]);
  RETURN_NIL;
}

static bool counter_get_value(VM *vm, int argc, Value *args) {
  (void)vm, (void)argc;
  RETURN_NUMBER(((Counter *)sb_payload(args[-1]))->value);
}

static bool counter_set_value(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!check_number(vm, args, 0, "value")) return false;
  ((Counter *)sb_payload(args[-1]))->value = AS_NUMBER(args[0]);
  RETURN_NIL;
}

static bool counter_get_twice(VM *vm, int argc, Value *args) {
  (void)vm, (void)argc;
  RETURN_NUMBER(2 * ((Counter *)sb_payload(args[-1]))->value);
}

static const SbModule test_module = {
    .name = "testmod",
    .doc = "A module that exists only in the unit tests.",
    .functions = (const SbFunction[]){
        {"add", tm_add, 2, 2, "add(a: number, b: number) -> number\nThe sum."},
        {"fail", tm_fail, 1, 1, "fail(class: class)\nRaises class for a failed open."},
        {"count", tm_count, 0, 0, "count() -> number\nHow many times this VM called it."},
        {NULL, NULL, 0, 0, NULL},
    },
    .classes = (const SbClass[]){
        {"TestError", "An OSError of this module.", "OSError", {0, NULL, false, NULL},
         {NULL, NULL, 0, 0, NULL}, NULL, NULL},
        {"Counter", "A number that counts up.", NULL, {sizeof(Counter), counter_finalize, false, NULL},
         {"Counter", counter_init, 1, 1, "Counter(start: number)"},
         (const SbFunction *const[]){
             (const SbFunction[]){
                 {"add", counter_add, 1, 1, "add(step: number)\nAdds step (1 to 100)."},
                 {NULL, NULL, 0, 0, NULL},
             },
             NULL,
         },
         (const SbProperty[]){
             {"value", counter_get_value, counter_set_value, "value: number"},
             {"twice", counter_get_twice, NULL, "twice: number (read-only)"},
             {NULL, NULL, NULL, NULL},
         }},
        {NULL, NULL, NULL, {0, NULL, false, NULL}, {NULL, NULL, 0, 0, NULL}, NULL, NULL},
    },
    .constants = (const SbConstant[]){
        {"SUPPORTED", 7, NULL, true, "A constant this system has."},
        {"MISSING", 99, NULL, false, "A constant this system lacks (-1)."},
        {"NAME", 0, "text", true, "A string constant."},
        {NULL, 0, NULL, false, NULL},
    },
    .state_size = sizeof(double),
};

static const SbModule broken_module = {
    .name = "brokenmod",
    .doc = "A class with an unknown superclass.",
    .classes = (const SbClass[]){
        {"Orphan", "No parent to be found.", "NoSuchClass", {0, NULL, false, NULL},
         {NULL, NULL, 0, 0, NULL}, NULL, NULL},
        {NULL, NULL, NULL, {0, NULL, false, NULL}, {NULL, NULL, 0, 0, NULL}, NULL, NULL},
    },
};

static void setup(void) {
  test_vm_setup();
  sb_register_module(test_vm, &test_module);
  sb_register_module(test_vm, &broken_module);
}

TestSuite(native_api, .init = setup, .fini = test_vm_teardown);

static void expect_message(const char *source, const char *text) {
  Value message = test_run_global(source, "m");
  cr_assert(IS_STRING(message), "%s: no message", source);
  cr_assert_str_eq(AS_CSTRING(message), text);
}

Test(native_api, functions_are_called_with_checked_arity) {
  cr_assert_eq(AS_NUMBER(test_run_global("import testmod\nvar r = testmod.add(2, 3)", "r")), 5);
  expect_message("import testmod\ncatch { testmod.add(1) } as e\nvar m = e.type + ': ' + e.message",
                 "ArgumentError: testmod.add() takes 2 arguments, got 1");
}

Test(native_api, argument_type_errors_name_function_and_argument) {
  expect_message("import testmod\ncatch { testmod.add(1, 'x') } as e\nvar m = e.type + ': ' + e.message",
                 "TypeError: testmod.add(): argument 2 (b) must be a number, got string");
}

Test(native_api, native_class_payload_methods_and_properties) {
  const char *source = "import testmod { Counter }\n"
                       "var c = Counter(5)\n"
                       "c.add(3)\n"
                       "var a = c.value\n"
                       "c.value = 10\n"
                       "var r = [a, c.value, c.twice, typeof(c)]";
  Value r = test_run_global(source, "r");
  ObjList *list = AS_LIST(r);
  cr_assert_eq(AS_NUMBER(list->items.values[0]), 8);
  cr_assert_eq(AS_NUMBER(list->items.values[1]), 10);
  cr_assert_eq(AS_NUMBER(list->items.values[2]), 20);
  cr_assert_str_eq(AS_CSTRING(list->items.values[3]), "Counter");
}

Test(native_api, range_and_read_only_errors) {
  expect_message("import testmod\nvar c = testmod.Counter(1)\ncatch { c.add(500) } as e\nvar m = e.message",
                 "Counter.add(): step must be between 1 and 100, got 500");
  expect_message("import testmod\nvar c = testmod.Counter(1)\ncatch { c.twice = 3 } as e\nvar m = e.message",
                 "Counter.twice is read-only");
}

Test(native_api, reflection_goes_through_the_property_table) {
  const char *source = "import testmod { Counter }\n"
                       "var c = Counter(1)\n"
                       "setprop(c, 'value', 4)\n"
                       "var r = [getprop(c, 'twice'), hasprop(c, 'twice'), hasprop(c, 'add')]";
  ObjList *list = AS_LIST(test_run_global(source, "r"));
  cr_assert_eq(AS_NUMBER(list->items.values[0]), 8);
  cr_assert(AS_BOOL(list->items.values[1]) && AS_BOOL(list->items.values[2]));
  expect_message("import testmod\nvar c = testmod.Counter(1)\n"
                 "catch { setprop(c, 'twice', 3) } as e\nvar m = e.type + ': ' + e.message",
                 "PropertyError: Counter.twice is read-only");
  expect_message("import testmod\ncatch { setprop(testmod, 'SUPPORTED', 3) } as e\n"
                 "var m = e.type + ': ' + e.message",
                 "PropertyError: cannot set property 'SUPPORTED' on module");
  cr_assert_eq(AS_NUMBER(test_run_global("import testmod\nvar r = testmod.SUPPORTED", "r")), 7);
}

Test(native_api, finalizer_runs_when_objects_die) {
  finalized = 0;
  test_run_global("import testmod\niter var i = 0; i < 10; i++ { testmod.Counter(i) }\nvar keep = testmod.Counter(1)",
      "keep");
  gc_collect(test_vm);
  cr_assert_eq(finalized, 10, "ten dead counters finalized, the kept one not");
}

Test(native_api, constants) {
  cr_assert_eq(AS_NUMBER(test_run_global("import testmod\nvar r = testmod.SUPPORTED", "r")), 7);
  cr_assert_eq(AS_NUMBER(test_run_global("import testmod\nvar r = testmod.MISSING", "r")), -1);
  cr_assert_str_eq(AS_CSTRING(test_run_global("import testmod\nvar r = testmod.NAME", "r")),
                   "text");
}

Test(native_api, os_errors_carry_errno_and_operation) {
  const char *source = "import testmod\n"
                       "catch { testmod.fail(testmod.TestError) } as e\n"
                       "var r = [e.errno, e.message, instance_of(e, OSError), e.type]";
  ObjList *list = AS_LIST(test_run_global(source, "r"));
  cr_assert_eq(AS_NUMBER(list->items.values[0]), ENOENT);
  cr_assert_str_eq(AS_CSTRING(list->items.values[1]), "open /nope: No such file or directory");
  cr_assert(AS_BOOL(list->items.values[2]), "TestError is an OSError");
  cr_assert_str_eq(AS_CSTRING(list->items.values[3]), "TestError");
}

Test(native_api, docs_come_from_the_tables) {
  Value add = test_run_global("import testmod\nvar f = testmod.add", "f");
  cr_assert_str_eq(AS_NATIVE(add)->doc, "add(a: number, b: number) -> number\nThe sum.");
  Value counter = test_run_global("import testmod\nvar k = testmod.Counter", "k");
  cr_assert_str_eq(AS_CLASS(counter)->doc, "A number that counts up.");
}

Test(native_api, module_state_belongs_to_each_vm) {
  cr_assert_null(sb_module_state(test_vm, &test_module), "no state before the module loads");
  cr_assert_eq(
      AS_NUMBER(test_run_global("import testmod\nvar r = testmod.count() + testmod.count()", "r")),
      3);
  VM *first = test_vm;
  setup(); /* a second VM in the same process */
  cr_assert_eq(AS_NUMBER(test_run_global("import testmod\nvar r = testmod.count()", "r")), 1,
               "the second VM counts from zero");
  cr_assert_neq(sb_module_state(test_vm, &test_module), sb_module_state(first, &test_module));
  test_vm_teardown();
  test_vm = first;
  cr_assert_eq(AS_NUMBER(test_run_global("import testmod\nvar r = testmod.count()", "r")), 3,
               "the first VM's count goes on");
}

Test(native_api, unknown_superclass_fails_the_import_every_time) {
  cr_assert_eq(test_run("import brokenmod"), RUN_RUNTIME_ERROR);
  cr_assert_eq(test_run("import brokenmod"), RUN_RUNTIME_ERROR,
               "a module that failed to load is not cached");
}

/* A buffer grows past 2^30 bytes: its capacity, an int, doubled to an
 * overflow there, and every append past a GiB (a join, an interpolation,
 * a replace) looped for ever. */
Test(native_api, byte_buffer_grows_past_a_gibibyte) {
  StrBuf buf;
  strbuf_init(&buf);
  char *start = strbuf_reserve(&buf, 1 << 30);
  memset(start, 'a', (size_t)1 << 30);
  buf.length = 1 << 30;
  strbuf_append(&buf, "bc", 2);
  cr_assert_eq(buf.length, (1 << 30) + 2);
  cr_assert(buf.capacity > buf.length);
  cr_assert_str_eq(buf.data + (1 << 30) - 1, "abc");
  strbuf_free(&buf);
}
