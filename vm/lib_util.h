/* Helpers shared by the built-in functions and the methods of the
 * built-in types: building and copying containers safely for the
 * collector, callbacks trimmed to the arity of the script function,
 * joining values into text, substring search, byte-value checks,
 * Python-style slice bounds and the size limit on what natives build. */
#ifndef SABRE_VM_LIB_UTIL_H
#define SABRE_VM_LIB_UTIL_H

#include "object.h"

/* Largest length a native builds a string, list or bytes to; keeps sizes
 * within int and the doubling of ValueArray from overflowing. */
#define LIB_MAX_LENGTH (1 << 30)

/* Raises ValueError unless 0 <= n <= vm->max_length (LIB_MAX_LENGTH but
 * in the fuzz target); `what` names it. */
bool lib_check_length(VM *vm, double n, const char *what);
/* Appends a value that may be reachable only from a C local; the list
 * itself must be reachable. */
void lib_list_append(VM *vm, ObjList *list, Value value);
/* A new list holding src->values[from..to); not rooted on return. */
ObjList *lib_list_copy(VM *vm, const ValueArray *src, int from, int to);
/* A new list of the characters of s (one string each); not rooted. */
ObjList *lib_string_chars(VM *vm, ObjString *s);
/* Calls fn with the first `offered` values of argv, or fewer when fn is a
 * script function declaring fewer parameters; natives and other callables
 * get `native_argc`. Returns false when the call raised. */
bool lib_callback(VM *vm, Value fn, int offered, const Value *argv,
                  int native_argc, Value *result);
/* The text of every item (as to_string gives it) joined by sep. Returns
 * false when an @to_string raised. */
bool lib_join(VM *vm, ObjList *list, const char *sep, int sep_length,
              Value *result);
/* Byte offset of the first occurrence of needle in haystack at or after
 * from, or -1. An empty needle is found at from. */
int lib_find(const char *haystack, int length, const char *needle,
             int needle_length, int from);
/* ASCII whitespace: space, \t, \n, \r, \v, \f. */
bool lib_is_space(char c);
/* Number of values a range yields. */
double lib_range_count(const ObjRange *range);
/* A new dictionary with the entries of dict; not rooted. */
ObjDict *lib_dict_copy(VM *vm, ObjDict *dict);
/* New bytes holding a copy of data[0..length); not rooted. */
ObjBytes *lib_bytes_from(VM *vm, const uint8_t *data, int length);
/* Whether v is a whole number in 0..255. */
bool lib_is_byte(Value v);
/* Raises TypeError or ValueError for a v that is not a byte, naming it
 * `what` ("argument 1 (value)"). */
bool lib_raise_byte(VM *vm, Value v, const char *what);
/* Checks every item of list is a byte, raising for the first that is not. */
bool lib_check_byte_list(VM *vm, ObjList *list);
/* Clamps Python-style slice bounds (negative counts from the end) into
 * 0 <= *from <= *to <= length. */
void lib_slice_bounds(double start, double end, int length, int *from,
                      int *to);

#endif
