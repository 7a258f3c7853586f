/* Helpers for writing natives: argument checks that raise TypeError /
 * ValueError naming the function and the argument, and registration of
 * method tables. Used by the builtins and by every native module. */
#ifndef SABRE_VM_NATIVE_H
#define SABRE_VM_NATIVE_H

#include "error.h"
#include "vm.h"

/* The name of the running native as the user wrote it: "split()" or
 * "List.append()"; set by the VM before each native call. */
extern const char *native_current_name(VM *vm);

#define RETURN_VAL(v) return (args[-1] = (v), true)
#define RETURN_NIL RETURN_VAL(NIL_VAL)
#define RETURN_BOOL(b) RETURN_VAL(BOOL_VAL(b))
#define RETURN_NUMBER(n) RETURN_VAL(NUMBER_VAL(n))
#define RETURN_OBJ(o) RETURN_VAL(OBJ_VAL(o))

/* Raises TypeError "F(): argument N (name) must be EXPECTED, got TYPE". */
bool raise_arg_type(VM *vm, Value *args, int index, const char *name,
                    const char *expected);
/* Raises for an argument that is not a whole number within 2^53. */
bool raise_not_int(VM *vm, Value *args, int index, const char *name);

/* Each check returns false after raising, naming argument `index` (0-based
 * in args, reported 1-based) and its `name`. The type tests are inline:
 * nearly every native call makes one or more. */
static inline bool check_number(VM *vm, Value *args, int index, const char *name) {
  return IS_NUMBER(args[index]) || raise_arg_type(vm, args, index, name, "a number");
}
static inline bool check_int(VM *vm, Value *args, int index, const char *name) {
  if (IS_NUMBER(args[index])) {
    double d = AS_NUMBER(args[index]);
    if (number_is_whole(d) && d >= -9007199254740992.0 && d <= 9007199254740992.0) return true;
  }
  return raise_not_int(vm, args, index, name);
}
static inline bool check_string(VM *vm, Value *args, int index, const char *name) {
  return IS_STRING(args[index]) || raise_arg_type(vm, args, index, name, "a string");
}
/* check_string for a string that C reads up to its first NUL byte (a
 * path, a cipher list): ValueError when it holds one, rather than have C
 * see a shorter string than the script gave. */
bool check_text(VM *vm, Value *args, int index, const char *name);
static inline bool check_list(VM *vm, Value *args, int index, const char *name) {
  return IS_LIST(args[index]) || raise_arg_type(vm, args, index, name, "a list");
}
static inline bool check_dict(VM *vm, Value *args, int index, const char *name) {
  return IS_DICT(args[index]) || raise_arg_type(vm, args, index, name, "a dictionary");
}
static inline bool check_bytes(VM *vm, Value *args, int index, const char *name) {
  return IS_BYTES(args[index]) || raise_arg_type(vm, args, index, name, "bytes");
}
/* The contents of a string or bytes value, for natives that take either
 * (an empty bytes value has no buffer: its data is then ""). False when
 * v is neither; raises nothing. */
static inline bool byte_contents(Value v, const char **data, size_t *length) {
  if (IS_STRING(v)) {
    *data = AS_STRING(v)->chars;
    *length = (size_t)AS_STRING(v)->length;
    return true;
  }
  if (!IS_BYTES(v)) return false;
  *length = (size_t)AS_BYTES(v)->length;
  *data = *length > 0 ? (const char *)AS_BYTES(v)->data : "";
  return true;
}
bool check_callable(VM *vm, Value *args, int index, const char *name);
/* A whole number in [min, max]. */
bool check_int_range(VM *vm, Value *args, int index, const char *name,
                     double min, double max);
/* Any number in [min, max] (not nan). */
bool check_number_range(VM *vm, Value *args, int index, const char *name, double min,
                        double max);

/* A native function or method in a registration table. max_args -1 means
 * any number. The doc's first line is a typed signature with defaults. */
typedef struct {
  const char *name;
  NativeFn fn;
  int min_args;
  int max_args;
  const char *doc;
} SbFunction;

/* Registers a {NULL}-terminated array of natives into a table; owner
 * ("list", "string", ...) qualifies their names in error messages. */
void define_natives(VM *vm, Table *table, const char *owner,
                    const SbFunction *methods);

/* Calls a callable with the given arguments from C and stores the result.
 * Returns false when it raised. */
bool call_function(VM *vm, Value callee, int argc, const Value *argv,
                   Value *result);

/* Whether value is a File (made by file(path, mode)). */
bool sb_is_file(Value value);
/* The descriptor of a File (sb_is_file), opened as File.read() would open
 * it, and its path: 0; the errno of an open that failed, with nothing
 * raised, so that the caller's error names its own operation; or -1
 * after raising ValueError when the File is closed. The File keeps the
 * descriptor: the caller must not close it. */
int sb_file_descriptor(VM *vm, Value file, int *fd, const char **path);
/* What File.read() gives of a File (sb_is_file), in *out, and its path:
 * 0, or as sb_file_descriptor the errno of an open or a read that failed
 * (nothing raised) or -1 after raising for a closed File. */
int sb_file_read(VM *vm, Value file, Value *out, const char **path);

/* dict[key] = value with a C-string key; value is kept reachable. */
void dict_set_cstr(VM *vm, ObjDict *dict, const char *key, Value value);

/* Blade index rules: negative counts from the end. Returns false (after
 * raising RangeError) when out of [0, length). */
bool normalize_index(VM *vm, double index, int length, int *out);

#endif
