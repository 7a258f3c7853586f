/* Chunk: a function's bytecode, the source line of every byte, and its
 * constant pool. */
#ifndef SABRE_VM_CHUNK_H
#define SABRE_VM_CHUNK_H

#include "opcodes.h"
#include "table.h"
#include "value.h"

typedef struct VM VM;

typedef struct {
  int count;
  int capacity;
  uint8_t *code;
  int *lines;
  ValueArray constants;
  /* One per constant (as many as constants.capacity): where the name in
   * that constant was found last, for the instructions that look it up. */
  NameCache *name_caches;
} Chunk;

void chunk_init(Chunk *chunk);
void chunk_free(VM *vm, Chunk *chunk);
void chunk_write(VM *vm, Chunk *chunk, uint8_t byte, int line);
/* Index of value in the pool, reusing an equal number or string constant. */
int chunk_add_constant(VM *vm, Chunk *chunk, Value value);

/* Operand bytes that follow each opcode (CLOSURE is followed by more). */
extern const uint8_t op_operand_bytes[OP_COUNT_];
extern const char *const op_names[OP_COUNT_];

#endif
