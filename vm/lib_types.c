/* The built-ins that test what a value is: is_string, is_number, ...,
 * is_iterable, is_callable and instance_of (class membership through the
 * superclass chain, for script and native-class instances alike). */
#include <math.h>

#include "builtins.h"
#include "lib_util.h"
#include "native.h"

static bool is_int(Value v) {
  return IS_NUMBER(v) && isfinite(AS_NUMBER(v)) && number_is_whole(AS_NUMBER(v));
}

static bool is_function(Value v) {
  return IS_CLOSURE(v) || IS_NATIVE(v) || IS_BOUND_METHOD(v) || IS_FUNCTION(v);
}

static bool is_callable(Value v) { return is_function(v) || IS_CLASS(v); }

static bool is_instance(Value v) { return IS_INSTANCE(v) || IS_FOREIGN(v); }

static bool is_iterable(VM *vm, Value v) {
  if (IS_STRING(v) || IS_LIST(v) || IS_DICT(v) || IS_BYTES(v) || IS_RANGE(v)) {
    return true;
  }
  ObjClass *klass = class_of(v);
  Value method;
  return klass != NULL && table_get(&klass->methods, vm->str_iter, &method);
}

/* Each test is one native; the macro only supplies the signature. */
#define TYPE_TEST(native, test)                          \
  static bool native(VM *vm, int argc, Value *args) {    \
    (void)vm;                                            \
    (void)argc;                                          \
    RETURN_BOOL(test(args[0]));                          \
  }

TYPE_TEST(fn_is_string, IS_STRING)
TYPE_TEST(fn_is_number, IS_NUMBER)
TYPE_TEST(fn_is_int, is_int)
TYPE_TEST(fn_is_bool, IS_BOOL)
TYPE_TEST(fn_is_list, IS_LIST)
TYPE_TEST(fn_is_dict, IS_DICT)
TYPE_TEST(fn_is_bytes, IS_BYTES)
TYPE_TEST(fn_is_function, is_function)
TYPE_TEST(fn_is_class, IS_CLASS)
TYPE_TEST(fn_is_instance, is_instance)
TYPE_TEST(fn_is_callable, is_callable)

static bool fn_is_iterable(VM *vm, int argc, Value *args) {
  (void)argc;
  RETURN_BOOL(is_iterable(vm, args[0]));
}

static bool fn_instance_of(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!IS_CLASS(args[1])) return raise_arg_type(vm, args, 1, "class", "a class");
  for (ObjClass *k = class_of(args[0]); k != NULL; k = k->superclass) {
    if (k == AS_CLASS(args[1])) RETURN_BOOL(true);
  }
  RETURN_BOOL(false);
}

void lib_types_init(VM *vm) {
  define_natives(vm, &vm->builtins, "", (const SbFunction[]){
      {"is_string", fn_is_string, 1, 1, "is_string(value: any) -> bool\nWhether value is a string."},
      {"is_number", fn_is_number, 1, 1, "is_number(value: any) -> bool\nWhether value is a number."},
      {"is_int", fn_is_int, 1, 1,
       "is_int(value: any) -> bool\nWhether value is a finite number with no fractional part."},
      {"is_bool", fn_is_bool, 1, 1, "is_bool(value: any) -> bool\nWhether value is true or false."},
      {"is_list", fn_is_list, 1, 1, "is_list(value: any) -> bool\nWhether value is a list."},
      {"is_dict", fn_is_dict, 1, 1, "is_dict(value: any) -> bool\nWhether value is a dictionary."},
      {"is_bytes", fn_is_bytes, 1, 1, "is_bytes(value: any) -> bool\nWhether value is a bytes buffer."},
      {"is_function", fn_is_function, 1, 1,
       "is_function(value: any) -> bool\nWhether value is a function, closure, native or bound method."},
      {"is_class", fn_is_class, 1, 1, "is_class(value: any) -> bool\nWhether value is a class."},
      {"is_instance", fn_is_instance, 1, 1,
       "is_instance(value: any) -> bool\nWhether value is an instance of a class (script or native)."},
      {"is_callable", fn_is_callable, 1, 1,
       "is_callable(value: any) -> bool\nWhether value can be called: a function of any kind or a class."},
      {"is_iterable", fn_is_iterable, 1, 1,
       "is_iterable(value: any) -> bool\n"
       "Whether for-in accepts value: a string, list, dict, bytes, range or an "
       "instance whose class defines @iter."},
      {"instance_of", fn_instance_of, 2, 2,
       "instance_of(value: any, class: class) -> bool\n"
       "Whether value is an instance of class or of one of its subclasses."},
      {NULL, NULL, 0, 0, NULL},
  });
}
