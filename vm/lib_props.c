/* hasprop, getprop, setprop and delprop: reflective access to the fields
 * and methods of instances, the static members of classes, the globals of
 * modules and the properties of native objects, under the rules of the
 * dot syntax (call.c): a private member is open only to the code whose
 * self is the object, and what `object.name = value` refuses, setprop
 * refuses. Methods come back bound to their object. */
#include "builtins.h"
#include "lib_util.h"
#include "native.h"
#include "vm_internal.h"

/* Whether v is a value with named members of its own. */
static bool has_members(Value v) {
  return IS_INSTANCE(v) || IS_CLASS(v) || IS_MODULE(v) || IS_FOREIGN(v);
}

static bool check_target(VM *vm, Value *args) {
  if (!has_members(args[0]))
    return raise_arg_type(vm, args, 0, "object", "an instance, class, module or native object");
  return check_string(vm, args, 1, "name");
}

static bool fn_hasprop(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!check_string(vm, args, 1, "name")) return false;
  bool found = false;
  if (has_members(args[0]) &&
      !has_property(vm, args[0], AS_STRING(args[1]), called_from_self(vm, args[0]), &found))
    return false;
  RETURN_BOOL(found);
}

static bool fn_getprop(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!check_target(vm, args)) return false;
  Value value;
  if (!find_property(vm, args[0], AS_STRING(args[1]), called_from_self(vm, args[0]), &value))
    return false;
  RETURN_VAL(IS_EMPTY(value) ? NIL_VAL : value);
}

static bool fn_setprop(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!check_target(vm, args) ||
      !set_property(vm, args[0], AS_STRING(args[1]), args[2], called_from_self(vm, args[0])))
    return false;
  RETURN_NIL;
}

static bool fn_delprop(VM *vm, int argc, Value *args) {
  (void)argc;
  bool existed;
  if (!check_target(vm, args) ||
      !delete_property(vm, args[0], AS_STRING(args[1]), called_from_self(vm, args[0]), &existed))
    return false;
  RETURN_BOOL(existed);
}

void lib_props_init(VM *vm) {
  define_natives(vm, &vm->builtins, "", (const SbFunction[]){
      {"hasprop", fn_hasprop, 2, 2,
       "hasprop(object: any, name: string) -> bool\n"
       "Whether object.name would find a field, method, static member, global "
       "or property (false for values that have none). A private name (_x) "
       "raises AccessError outside the object's own methods, as object._x does."},
      {"getprop", fn_getprop, 2, 2,
       "getprop(object: instance|class|module|native, name: string) -> any\n"
       "object.name: the field, bound method, static member, global or property "
       "called name, or nil when there is none. A private name (_x) raises "
       "AccessError outside the object's own methods."},
      {"setprop", fn_setprop, 3, 3,
       "setprop(object: instance|class|native, name: string, value: any) -> nil\n"
       "object.name = value: sets a field of an instance, a static field of a "
       "class or a native object's settable property. As the assignment, it "
       "raises AccessError for a private name outside the object's own "
       "methods, and PropertyError for a module's member or a read-only "
       "property."},
      {"delprop", fn_delprop, 2, 2,
       "delprop(object: instance|class, name: string) -> bool\n"
       "Removes a field or static field; whether it existed. A private name "
       "raises AccessError outside the object's own methods; a module's "
       "member or a native object's property raises PropertyError."},
      {NULL, NULL, 0, 0, NULL},
  });
}
