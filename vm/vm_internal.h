/* Internal interface between the dispatch loop (vm.c), calls and property
 * access (call.c) and the operators on non-number values (ops.c). */
#ifndef SABRE_VM_VM_INTERNAL_H
#define SABRE_VM_VM_INTERNAL_H

#include <limits.h>

#include "vm.h"

/* Whether object is the self of the running method, or of the method the
 * running closure is written in, whose private members it may use. */
static inline bool is_own_self(const ObjClosure *closure, const Value *slots, Value object) {
  int self = closure->function->self_upvalue;
  return object == slots[0] || (self >= 0 && object == *closure->upvalues[self]->location);
}

/* call.c. from_self: the object is the running method's self, so its
 * private (_name) members are accessible. Sets up a call of the callee at stack_top[-argc-1]. For script
 * functions pushes a frame and sets *pushed; otherwise completes the call,
 * leaving the result in the callee's slot. False when it raised. */
bool call_value(VM *vm, int argc, bool *pushed);
/* Calls native with the argc arguments on top of the stack (its receiver
 * or itself below them), leaving the result in that slot. False when it
 * raised or parked. */
bool call_native(VM *vm, ObjNative *native, int argc);
/* The methods of a value whose methods are all natives (a built-in type's
 * value or a native class's object), else NULL. */
Table *native_methods(VM *vm, Value v);
/* Calls the method name of the receiver below argc arguments; cache
 * remembers where the name was found (see table_get_cached). */
bool invoke(VM *vm, ObjString *name, NameCache *cache, int argc, bool from_self, bool *pushed);
bool super_invoke(VM *vm, ObjClass *superclass, ObjString *name, int argc, bool *pushed);
/* Member access, under the rules of `object.name`: a private member
 * raises AccessError unless from_self. get_property raises for a missing
 * member, where find_property leaves *out EMPTY_VAL and has_property says
 * whether there is one (without calling a native getter). A module's
 * members and a native object's read-only properties cannot be set, nor
 * can anything but fields and static fields be deleted. */
bool get_property(VM *vm, Value object, ObjString *name, bool from_self, Value *out);
bool find_property(VM *vm, Value object, ObjString *name, bool from_self, Value *out);
bool has_property(VM *vm, Value object, ObjString *name, bool from_self, bool *out);
bool set_property(VM *vm, Value object, ObjString *name, Value value, bool from_self);
bool delete_property(VM *vm, Value object, ObjString *name, bool from_self, bool *existed);
/* from_self for a native called from script code: whether object is the
 * self of the code that called it (as is_own_self for the dot syntax). */
bool called_from_self(VM *vm, Value object);
bool get_super(VM *vm, ObjClass *superclass, Value receiver, ObjString *name, Value *out);
ObjUpvalue *capture_upvalue(VM *vm, Value *local);
void close_upvalues(ObjFiber *fiber, Value *last);
bool class_add_method(VM *vm, ObjClass *klass, ObjString *name, Value method);
bool class_inherit(VM *vm, ObjClass *klass, Value superclass);

/* ops.c. Each writes its result to *out or raises. */
bool op_arithmetic(VM *vm, OpCode op, Value a, Value b, Value *out);
bool op_compare(VM *vm, OpCode op, Value a, Value b, Value *out);
bool op_equal(VM *vm, Value a, Value b, bool *out);
bool op_get_index(VM *vm, Value object, Value index, Value *out);
bool op_set_index(VM *vm, Value object, Value index, Value value);
bool op_slice(VM *vm, Value object, Value start, Value end, Value *out);
/* Advances a for loop over the slots [iterable, cursor, index, key,
 * value]; *done is set at the end. */
bool op_for_iter(VM *vm, Value *slots, bool *done);
bool op_interpolate(VM *vm, int count);
/* Concatenation of strings, lists, bytes: *joined says whether a and b
 * were joined into *out (false: they are not such a pair); false when
 * the result would be too long. */
bool op_add_objects(VM *vm, Value a, Value b, Value *out, bool *joined);

/* module.c. read_source_file returns a malloc'd copy of a file, its
 * length in *length (a NUL follows it; the file may hold others), or NULL
 * with *err set to the errno. */
char *read_source_file(const char *path, size_t *length, int *err);
/* The stdlib/ folder beside the interpreter's build folder. */
bool stdlib_dir(char out[PATH_MAX]);
bool import_module(VM *vm, ObjString *path, Value *out);

/* native_module.c */
struct SbModule;
bool load_native_module(VM *vm, const struct SbModule *def, Value *out);
/* Frees the modules' per-VM data; after the objects, whose finalizers
 * and fiber states may still reach it. */
void free_module_states(VM *vm);
bool import_all(VM *vm, ObjModule *from, ObjModule *into);

#endif
