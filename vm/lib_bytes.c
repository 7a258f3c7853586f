/* The methods of bytes, the mutable byte buffer: size, element access,
 * appending (a byte, bytes or a list of bytes), popping, slices, copies
 * and conversions to a string or a list of numbers. */
#include "builtins.h"
#include "lib_convert.h"
#include "lib_util.h"
#include "memory.h"
#include "native.h"

#define SELF AS_BYTES(args[-1])

static bool bytes_method_length(VM *vm, int argc, Value *args) {
  (void)vm;
  (void)argc;
  RETURN_NUMBER(SELF->length);
}

static bool bytes_method_is_empty(VM *vm, int argc, Value *args) {
  (void)vm;
  (void)argc;
  RETURN_BOOL(SELF->length == 0);
}

static bool bytes_method_to_string(VM *vm, int argc, Value *args) {
  (void)argc;
  RETURN_OBJ(copy_string(vm, (const char *)SELF->data, SELF->length));
}

static bool bytes_method_to_list(VM *vm, int argc, Value *args) {
  (void)argc;
  ObjList *list;
  if (!lib_to_list(vm, args[-1], &list)) return false;
  RETURN_OBJ(list);
}

static bool bytes_method_clone(VM *vm, int argc, Value *args) {
  (void)argc;
  RETURN_OBJ(lib_bytes_from(vm, SELF->data, SELF->length));
}

/* Makes room for `extra` more bytes; false after raising if too long. */
static bool reserve(VM *vm, ObjBytes *bytes, int extra) {
  double needed = (double)bytes->length + extra;
  if (!lib_check_length(vm, needed, "the new length")) return false;
  if (needed <= bytes->capacity) return true;
  int capacity = bytes->capacity < 8 ? 8 : bytes->capacity;
  while (capacity < needed) capacity *= 2;
  bytes->data = GROW_ARRAY(vm, uint8_t, bytes->data, bytes->capacity, capacity);
  bytes->capacity = capacity;
  return true;
}

static bool append_list(VM *vm, ObjBytes *bytes, ObjList *list) {
  if (!lib_check_byte_list(vm, list) || !reserve(vm, bytes, list->items.count)) {
    return false;
  }
  for (int i = 0; i < list->items.count; i++) {
    bytes->data[bytes->length++] = (uint8_t)AS_NUMBER(list->items.values[i]);
  }
  return true;
}

static bool append_bytes(VM *vm, ObjBytes *bytes, ObjBytes *other) {
  int count = other->length; /* fixed first: bytes may be other */
  if (!reserve(vm, bytes, count)) return false;
  if (count > 0) memcpy(bytes->data + bytes->length, other->data, (size_t)count);
  bytes->length += count;
  return true;
}

static bool append_byte(VM *vm, ObjBytes *bytes, Value v) {
  if (!lib_is_byte(v)) return lib_raise_byte(vm, v, "argument 1 (value)");
  if (!reserve(vm, bytes, 1)) return false;
  bytes->data[bytes->length++] = (uint8_t)AS_NUMBER(v);
  return true;
}

static bool bytes_method_append(VM *vm, int argc, Value *args) {
  (void)argc;
  Value v = args[0];
  bool ok = IS_LIST(v)    ? append_list(vm, SELF, AS_LIST(v))
            : IS_BYTES(v) ? append_bytes(vm, SELF, AS_BYTES(v))
                          : append_byte(vm, SELF, v);
  if (!ok) return false;
  RETURN_NIL;
}

static bool bytes_method_pop(VM *vm, int argc, Value *args) {
  (void)vm;
  (void)argc;
  if (SELF->length == 0) RETURN_NIL;
  RETURN_NUMBER(SELF->data[--SELF->length]);
}

static bool bytes_method_get(VM *vm, int argc, Value *args) {
  (void)argc;
  int index;
  if (!check_int(vm, args, 0, "index") ||
      !normalize_index(vm, AS_NUMBER(args[0]), SELF->length, &index)) {
    return false;
  }
  RETURN_NUMBER(SELF->data[index]);
}

static bool bytes_method_set(VM *vm, int argc, Value *args) {
  (void)argc;
  int index;
  if (!check_int(vm, args, 0, "index") ||
      !normalize_index(vm, AS_NUMBER(args[0]), SELF->length, &index)) {
    return false;
  }
  if (!lib_is_byte(args[1])) return lib_raise_byte(vm, args[1], "argument 2 (value)");
  SELF->data[index] = (uint8_t)AS_NUMBER(args[1]);
  RETURN_NIL;
}

static bool bytes_method_slice(VM *vm, int argc, Value *args) {
  if (!check_int(vm, args, 0, "start")) return false;
  if (argc > 1 && !check_int(vm, args, 1, "end")) return false;
  int from, to;
  lib_slice_bounds(AS_NUMBER(args[0]), argc > 1 ? AS_NUMBER(args[1]) : SELF->length,
                   SELF->length, &from, &to);
  RETURN_OBJ(lib_bytes_from(vm, SELF->data + from, to - from));
}

static bool bytes_method_index_of(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!lib_is_byte(args[0])) return lib_raise_byte(vm, args[0], "argument 1 (value)");
  uint8_t wanted = (uint8_t)AS_NUMBER(args[0]);
  for (int i = 0; i < SELF->length; i++) {
    if (SELF->data[i] == wanted) RETURN_NUMBER(i);
  }
  RETURN_NUMBER(-1);
}

void lib_bytes_init(VM *vm) {
  define_natives(vm, &vm->bytes_methods, "bytes", (const SbFunction[]){
      {"length", bytes_method_length, 0, 0, "length() -> number\nThe number of bytes."},
      {"is_empty", bytes_method_is_empty, 0, 0, "is_empty() -> bool\nWhether there are no bytes."},
      {"to_string", bytes_method_to_string, 0, 0,
       "to_string() -> string\nA string of the same bytes (no decoding or checking)."},
      {"to_list", bytes_method_to_list, 0, 0,
       "to_list() -> list\nThe byte values as numbers 0-255."},
      {"clone", bytes_method_clone, 0, 0, "clone() -> bytes\nA copy."},
      {"append", bytes_method_append, 1, 1,
       "append(value: number|bytes|list) -> nil\n"
       "Adds a byte, the contents of bytes, or a list of byte values at the end."},
      {"pop", bytes_method_pop, 0, 0,
       "pop() -> number\nRemoves and returns the last byte, or nil when empty."},
      {"get", bytes_method_get, 1, 1,
       "get(index: number) -> number\nThe byte at index (negative counts from the end)."},
      {"set", bytes_method_set, 2, 2,
       "set(index: number, value: number) -> nil\nReplaces the byte at index with value (0-255)."},
      {"slice", bytes_method_slice, 1, 2,
       "slice(start: number, end: number = length) -> bytes\n"
       "A copy of the bytes from start up to end (negative counts from the end; "
       "bounds are clamped)."},
      {"index_of", bytes_method_index_of, 1, 1,
       "index_of(value: number) -> number\nThe index of the first byte equal to value, or -1."},
      {NULL, NULL, 0, 0, NULL},
  });
}
