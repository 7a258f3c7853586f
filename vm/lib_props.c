/* hasprop, getprop, setprop and delprop: reflective access to the fields
 * and methods of instances, the static members of classes and the globals
 * of modules. Methods come back bound to their object; native-class
 * properties go through their getters and setters. */
#include "builtins.h"
#include "lib_util.h"
#include "native.h"

/* The table of an object's own named values, or NULL. */
static Table *own_table(Value v) {
  if (IS_INSTANCE(v)) return &AS_INSTANCE(v)->fields;
  if (IS_CLASS(v)) return &AS_CLASS(v)->statics;
  if (IS_MODULE(v)) return &AS_MODULE(v)->globals;
  return NULL;
}

static bool check_target(VM *vm, Value *args) {
  if (own_table(args[0]) != NULL || IS_FOREIGN(args[0])) return true;
  return raise_arg_type(vm, args, 0, "object", "an instance, class or module");
}

/* Looks name up on obj; *out is left EMPTY_VAL when there is no such
 * property. Returns false only when a native getter raised. */
static bool lookup(VM *vm, Value obj, ObjString *name, Value *out) {
  *out = EMPTY_VAL;
  Table *own = own_table(obj);
  if (own != NULL && table_get(own, name, out)) return true;
  ObjClass *klass = class_of(obj);
  Value member;
  if (klass == NULL) return true;
  if (table_get(&klass->methods, name, &member)) {
    *out = OBJ_VAL(new_bound_method(vm, obj, AS_OBJ(member)));
    return true;
  }
  if (!table_get(&klass->getters, name, &member)) return true;
  vm_push(vm, OBJ_VAL(new_bound_method(vm, obj, AS_OBJ(member))));
  bool ok = call_function(vm, vm_peek(vm, 0), 0, NULL, out);
  vm_pop(vm);
  return ok;
}

static bool fn_hasprop(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!check_string(vm, args, 1, "name")) return false;
  ObjString *name = AS_STRING(args[1]);
  Value found;
  Table *own = own_table(args[0]);
  if (own != NULL && table_get(own, name, &found)) RETURN_BOOL(true);
  ObjClass *klass = class_of(args[0]);
  RETURN_BOOL(klass != NULL && (table_get(&klass->methods, name, &found) ||
                                table_get(&klass->getters, name, &found)));
}

static bool fn_getprop(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!check_target(vm, args) || !check_string(vm, args, 1, "name")) return false;
  Value value;
  if (!lookup(vm, args[0], AS_STRING(args[1]), &value)) return false;
  RETURN_VAL(IS_EMPTY(value) ? NIL_VAL : value);
}

static bool set_native_property(VM *vm, Value *args) {
  ObjClass *klass = AS_FOREIGN(args[0])->klass;
  Value setter;
  if (!table_get(&klass->setters, AS_STRING(args[1]), &setter)) {
    return vm_raise(vm, EXC_PROPERTY, "%s(): %s has no settable property '%s'",
                    native_current_name(vm), klass->name->chars, AS_CSTRING(args[1]));
  }
  vm_push(vm, OBJ_VAL(new_bound_method(vm, args[0], AS_OBJ(setter))));
  Value ignored;
  bool ok = call_function(vm, vm_peek(vm, 0), 1, &args[2], &ignored);
  vm_pop(vm);
  return ok;
}

static bool fn_setprop(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!check_target(vm, args) || !check_string(vm, args, 1, "name")) return false;
  if (IS_FOREIGN(args[0])) {
    if (!set_native_property(vm, args)) return false;
  } else {
    table_set(vm, own_table(args[0]), AS_STRING(args[1]), args[2]);
  }
  RETURN_NIL;
}

static bool fn_delprop(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!check_target(vm, args) || !check_string(vm, args, 1, "name")) return false;
  Table *own = own_table(args[0]);
  RETURN_BOOL(own != NULL && table_delete(own, AS_STRING(args[1])));
}

void lib_props_init(VM *vm) {
  define_natives(vm, &vm->builtins, "", (const SbFunction[]){
      {"hasprop", fn_hasprop, 2, 2,
       "hasprop(object: any, name: string) -> bool\n"
       "Whether object has a field, method or property called name (false for "
       "values that have none)."},
      {"getprop", fn_getprop, 2, 2,
       "getprop(object: instance|class|module, name: string) -> any\n"
       "The field, bound method, static member or global called name, or nil "
       "when there is none."},
      {"setprop", fn_setprop, 3, 3,
       "setprop(object: instance|class|module, name: string, value: any) -> nil\n"
       "Sets a field of an instance, a static field of a class or a global of a "
       "module (or a native object's settable property)."},
      {"delprop", fn_delprop, 2, 2,
       "delprop(object: instance|class|module, name: string) -> bool\n"
       "Removes a field, static field or global; whether it existed."},
      {NULL, NULL, 0, 0, NULL},
  });
}
