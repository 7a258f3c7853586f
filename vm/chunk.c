/* Chunk: growable bytecode with a parallel line array and constants. */
#include "memory.h"
#include "vm.h"

const uint8_t op_operand_bytes[OP_COUNT_] = {
#define SB_OP_OPERANDS(name, operands, effect) operands,
    SB_OPCODES(SB_OP_OPERANDS)
#undef SB_OP_OPERANDS
};

const char *const op_names[OP_COUNT_] = {
#define SB_OP_NAME(name, operands, effect) #name,
    SB_OPCODES(SB_OP_NAME)
#undef SB_OP_NAME
};

void chunk_init(Chunk *chunk) {
  chunk->count = 0;
  chunk->capacity = 0;
  chunk->code = NULL;
  chunk->lines = NULL;
  value_array_init(&chunk->constants);
  chunk->name_caches = NULL;
}

void chunk_free(VM *vm, Chunk *chunk) {
  FREE_ARRAY(vm, uint8_t, chunk->code, chunk->capacity);
  FREE_ARRAY(vm, int, chunk->lines, chunk->capacity);
  FREE_ARRAY(vm, NameCache, chunk->name_caches, chunk->constants.capacity);
  value_array_free(vm, &chunk->constants);
  chunk_init(chunk);
}

void chunk_write(VM *vm, Chunk *chunk, uint8_t byte, int line) {
  if (chunk->capacity < chunk->count + 1) {
    int old = chunk->capacity;
    chunk->capacity = GROW_CAPACITY(old);
    chunk->code = GROW_ARRAY(vm, uint8_t, chunk->code, old, chunk->capacity);
    chunk->lines = GROW_ARRAY(vm, int, chunk->lines, old, chunk->capacity);
  }
  chunk->code[chunk->count] = byte;
  chunk->lines[chunk->count] = line;
  chunk->count++;
}

int chunk_add_constant(VM *vm, Chunk *chunk, Value value) {
  bool reusable = IS_NUMBER(value) || IS_STRING(value);
  for (int i = 0; reusable && i < chunk->constants.count; i++) {
    Value c = chunk->constants.values[i];
    if (IS_NUMBER(value) ? c == value : value_keys_equal(c, value))
      return i;
  }
  vm_push(vm, value); /* the value may be new and not yet reachable */
  int old_capacity = chunk->constants.capacity;
  value_array_write(vm, &chunk->constants, value);
  if (chunk->constants.capacity != old_capacity)
    chunk->name_caches = GROW_ARRAY(vm, NameCache, chunk->name_caches, old_capacity,
                                    chunk->constants.capacity);
  vm_pop(vm);
  chunk->name_caches[chunk->constants.count - 1] = (NameCache){NULL, 0, 0};
  return chunk->constants.count - 1;
}
