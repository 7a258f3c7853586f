/* Emitting bytecode: bytes, ops, jumps and constants, with the peephole
 * fusions that merge an instruction into the one before it. */
#include "compiler_internal.h"


static const int8_t op_effects[OP_COUNT_] = {
#define SB_OP_EFFECT(name, operands, effect) effect,
    SB_OPCODES(SB_OP_EFFECT)
#undef SB_OP_EFFECT
};

Chunk *current_chunk(Parser *p) { return &p->compiler->function->chunk; }

/* The line of an instruction emitted now: emit_line when set, else the
 * last token's. */
static int line_now(const Parser *p) {
  return p->emit_line > 0 ? p->emit_line : p->previous.line;
}

/* An instruction's bytes share its line: an error is reported at the line
 * of the last byte read, which may be an operand. */
static void set_line_from(Chunk *chunk, int at, int line) {
  for (int i = at; i < chunk->count; i++) chunk->lines[i] = line;
}

/* An operand byte, at the line of its instruction. */
void emit_byte(Parser *p, uint8_t byte) {
  Chunk *chunk = current_chunk(p);
  int op = p->compiler->last_op;
  chunk_write(p->vm, chunk, byte, op >= 0 ? chunk->lines[op] : line_now(p));
}

void adjust_depth(Parser *p, int delta) {
  Compiler *c = p->compiler;
  c->stack_depth += delta;
  if (c->stack_depth > c->max_depth) c->max_depth = c->stack_depth;
}

bool last_op_is(Parser *p, OpCode op, int *at) {
  Compiler *c = p->compiler;
  Chunk *chunk = current_chunk(p);
  if (c->last_op < 0 || c->barrier >= chunk->count || chunk->code[c->last_op] != op)
    return false;
  *at = c->last_op;
  return true;
}

void drop_code_from(Parser *p, int offset) {
  current_chunk(p)->count = offset;
  p->compiler->last_op = p->compiler->before_last_op = -1;
}

int mark_target(Parser *p) {
  p->compiler->barrier = current_chunk(p)->count;
  return p->compiler->barrier;
}

/* Fuses SMALL_INT n, an ordering comparison at `at` and the conditional
 * jump into one instruction carrying n, when nothing jumps between them. */
static bool fuse_small_compare_jump(Parser *p, int at, OpCode fused) {
  Compiler *c = p->compiler;
  Chunk *chunk = current_chunk(p);
  int small = c->before_last_op;
  if (small < 0 || small != at - 2 || small < c->barrier || chunk->code[small] != OP_SMALL_INT)
    return false;
  int line = chunk->lines[at]; /* the comparison's, whose error the fused op raises */
  chunk->code[small] = (uint8_t)fused; /* n stays the byte after it */
  chunk->count = at;
  set_line_from(chunk, small, line);
  c->last_op = small;
  c->before_last_op = -1;
  adjust_depth(p, -1); /* n and the comparison were counted; the jump pops a */
  return true;
}

/* Fuses a comparison with the conditional jump that follows it (and with
 * a small integer it compares against). */
static bool fuse_compare_jump(Parser *p) {
  static const OpCode fusions[][3] = {
      {OP_LESS, OP_JUMP_IF_NOT_LESS, OP_JUMP_IF_NOT_LESS_SMALL},
      {OP_LESS_EQUAL, OP_JUMP_IF_NOT_LESS_EQUAL, OP_JUMP_IF_NOT_LESS_EQUAL_SMALL},
      {OP_GREATER, OP_JUMP_IF_NOT_GREATER, OP_JUMP_IF_NOT_GREATER_SMALL},
      {OP_GREATER_EQUAL, OP_JUMP_IF_NOT_GREATER_EQUAL, OP_JUMP_IF_NOT_GREATER_EQUAL_SMALL},
      {OP_EQUAL, OP_JUMP_IF_NOT_EQUAL, OP_JUMP_IF_NOT_EQUAL},
      {OP_NOT_EQUAL, OP_JUMP_IF_EQUAL, OP_JUMP_IF_EQUAL},
  };
  int at;
  for (size_t i = 0; i < sizeof fusions / sizeof fusions[0]; i++) {
    if (last_op_is(p, fusions[i][0], &at)) {
      if (fusions[i][2] != fusions[i][1] && fuse_small_compare_jump(p, at, fusions[i][2]))
        return true;
      int saved = p->emit_line;
      p->emit_line = current_chunk(p)->lines[at]; /* the comparison's */
      current_chunk(p)->count = at;
      emit_op(p, fusions[i][1]);
      p->emit_line = saved;
      adjust_depth(p, 1);
      return true;
    }
  }
  return false;
}

/* Fuses a small integer operand (SMALL_INT n) with the index, add or
 * subtract that follows it: one instruction carrying n. */
static bool fuse_small_operand(Parser *p, OpCode op) {
  static const OpCode pairs[][2] = {
      {OP_GET_INDEX, OP_GET_INDEX_INT}, {OP_ADD, OP_ADD_SMALL}, {OP_SUBTRACT, OP_SUBTRACT_SMALL},
  };
  int at;
  for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
    if (pairs[i][0] == op && last_op_is(p, OP_SMALL_INT, &at)) {
      current_chunk(p)->code[at] = pairs[i][1];
      set_line_from(current_chunk(p), at, line_now(p)); /* the operator's, not n's */
      adjust_depth(p, -1);
      return true;
    }
  }
  return false;
}

void emit_op(Parser *p, OpCode op) {
  if (op == OP_POP_JUMP_IF_FALSE && fuse_compare_jump(p)) return;
  if (fuse_small_operand(p, op)) return;
  p->compiler->before_last_op = p->compiler->last_op;
  p->compiler->last_op = current_chunk(p)->count;
  chunk_write(p->vm, current_chunk(p), (uint8_t)op, line_now(p));
  adjust_depth(p, op_effects[op]);
}

void emit_op_at(Parser *p, OpCode op, int line) {
  p->emit_line = line;
  emit_op(p, op);
  p->emit_line = 0;
}

void emit_op_arg(Parser *p, OpCode op, uint8_t arg) {
  int at;
  if (op == OP_GET_LOCAL && last_op_is(p, OP_GET_LOCAL, &at)) {
    current_chunk(p)->code[at] = OP_GET_LOCAL2;
    emit_byte(p, arg);
    adjust_depth(p, 1);
    return;
  }
  emit_op(p, op);
  emit_byte(p, arg);
}

void emit_short(Parser *p, uint16_t value) {
  emit_byte(p, (uint8_t)(value >> 8));
  emit_byte(p, (uint8_t)(value & 0xff));
}

void emit_op_short(Parser *p, OpCode op, uint16_t arg) {
  emit_op(p, op);
  emit_short(p, arg);
}

int emit_jump(Parser *p, OpCode op) {
  emit_op(p, op);
  emit_short(p, 0xffff);
  return current_chunk(p)->count - 2;
}

void write_short(Parser *p, int offset, uint16_t value) {
  current_chunk(p)->code[offset] = (uint8_t)(value >> 8);
  current_chunk(p)->code[offset + 1] = (uint8_t)(value & 0xff);
}

void patch_jump_to(Parser *p, int offset, int target) {
  int jump = target - offset - 2;
  if (jump > UINT16_MAX || jump < 0) {
    parser_error(p, "too much code to jump over");
    return;
  }
  write_short(p, offset, (uint16_t)jump);
}

void patch_jump(Parser *p, int offset) {
  patch_jump_to(p, offset, mark_target(p));
}

void emit_loop(Parser *p, int loop_start) {
  emit_op(p, OP_LOOP);
  int offset = current_chunk(p)->count - loop_start + 2;
  if (offset > UINT16_MAX) parser_error(p, "loop body too large");
  emit_short(p, (uint16_t)offset);
}

uint16_t make_constant(Parser *p, Value value) {
  int index = chunk_add_constant(p->vm, current_chunk(p), value);
  if (index > UINT16_MAX) {
    parser_error(p, "too many constants in one function");
    return 0;
  }
  return (uint16_t)index;
}

void emit_constant(Parser *p, Value value) {
  if (IS_NUMBER(value)) {
    double d = AS_NUMBER(value);
    if (d >= 0 && d <= 255 && d == (int)d && !(d == 0 && 1 / d < 0)) {
      emit_op_arg(p, OP_SMALL_INT, (uint8_t)d);
      return;
    }
  }
  emit_op_short(p, OP_CONSTANT, make_constant(p, value));
}

ObjString *intern_token(Parser *p, const char *chars, int length) {
  return copy_string(p->vm, chars, length);
}

uint16_t identifier_constant(Parser *p, const Token *name) {
  ObjString *s = intern_token(p, name->start, name->length);
  vm_push(p->vm, OBJ_VAL(s));
  uint16_t index = make_constant(p, OBJ_VAL(s));
  vm_pop(p->vm);
  return index;
}

Token synthetic_token(const char *text) {
  Token t = {TOK_IDENTIFIER, text, (int)strlen(text), 0, 0, NULL, 0};
  return t;
}

