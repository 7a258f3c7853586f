/* Scopes and variables: locals, upvalues and globals, declaring and
 * defining them, and reading and assigning them (with the compound
 * assignments' fused forms). */
#include "compiler_internal.h"


void begin_scope(Parser *p) { p->compiler->scope_depth++; }

/* Emits the pops for locals [keep, top) without forgetting them (used by
 * break/continue, which leave the scope only on one path). */
void emit_pops(Parser *p, int top, int keep) {
  Compiler *c = p->compiler;
  int saved = c->stack_depth;
  for (int i = top - 1; i >= keep; i--)
    emit_op(p, c->locals[i].captured ? OP_CLOSE_UPVALUE : OP_POP);
  c->stack_depth = saved;
}

void end_scope(Parser *p) {
  Compiler *c = p->compiler;
  c->scope_depth--;
  int pops = 0;
  while (c->local_count > 0 && c->locals[c->local_count - 1].depth > c->scope_depth) {
    if (c->locals[c->local_count - 1].captured) {
      if (pops) emit_op_arg(p, OP_POPN, (uint8_t)pops), adjust_depth(p, -pops);
      pops = 0;
      emit_op(p, OP_CLOSE_UPVALUE);
    } else {
      pops++;
    }
    c->local_count--;
  }
  if (pops == 1) emit_op(p, OP_POP);
  else if (pops > 1) emit_op_arg(p, OP_POPN, (uint8_t)pops), adjust_depth(p, -pops);
}

bool identifiers_equal(const Token *a, const Token *b) {
  return a->length == b->length && memcmp(a->start, b->start, (size_t)a->length) == 0;
}

int resolve_local(Parser *p, Compiler *c, const Token *name) {
  for (int i = c->local_count - 1; i >= 0; i--) {
    Local *local = &c->locals[i];
    if (identifiers_equal(name, &local->name)) {
      if (local->depth == -1)
        parser_error(p, "cannot read a local variable in its own initializer");
      return i;
    }
  }
  return -1;
}

static int add_upvalue(Parser *p, Compiler *c, uint8_t index, bool is_local) {
  int count = c->function->upvalue_count;
  for (int i = 0; i < count; i++) {
    if (c->upvalues[i].index == index && c->upvalues[i].is_local == is_local)
      return i;
  }
  if (count == MAX_LOCALS) {
    parser_error(p, "too many captured variables in one function");
    return 0;
  }
  c->upvalues[count].is_local = is_local;
  c->upvalues[count].index = index;
  return c->function->upvalue_count++;
}

static int resolve_upvalue(Parser *p, Compiler *c, const Token *name) {
  if (c->enclosing == NULL) return -1;
  int index = -1;
  int local = resolve_local(p, c->enclosing, name);
  if (local != -1) {
    c->enclosing->locals[local].captured = true;
    index = add_upvalue(p, c, (uint8_t)local, true);
  } else {
    int upvalue = resolve_upvalue(p, c->enclosing, name);
    if (upvalue != -1) index = add_upvalue(p, c, (uint8_t)upvalue, false);
  }
  /* A closure in a method is the class's own code: the private members of
   * the self it captures are open to it, as to the method (is_own_self). */
  if (index != -1 && name->length == 4 && memcmp(name->start, "self", 4) == 0)
    c->function->self_upvalue = index;
  return index;
}

void add_local(Parser *p, Token name) {
  Compiler *c = p->compiler;
  if (c->local_count == MAX_LOCALS) {
    parser_error(p, "too many local variables in one function (limit 256)");
    return;
  }
  Local *local = &c->locals[c->local_count++];
  local->name = name;
  local->depth = -1;
  local->captured = false;
}

void mark_initialized(Parser *p) {
  Compiler *c = p->compiler;
  if (c->scope_depth == 0) return;
  c->locals[c->local_count - 1].depth = c->scope_depth;
}

/* Declares a hidden local for a value the code just pushed. */
void hidden_local(Parser *p, const char *name) {
  add_local(p, synthetic_token(name));
  p->compiler->locals[p->compiler->local_count - 1].depth = p->compiler->scope_depth;
}

void declare_variable(Parser *p, Token name) {
  Compiler *c = p->compiler;
  if (c->scope_depth == 0) return;
  for (int i = c->local_count - 1; i >= 0; i--) {
    Local *local = &c->locals[i];
    if (local->depth != -1 && local->depth < c->scope_depth) break;
    if (identifiers_equal(&name, &local->name)) {
      parser_error(p, "a variable with this name is already declared in this scope");
      return;
    }
  }
  add_local(p, name);
}

/* Parses a name to declare; returns its global constant (0 for locals). */
uint16_t parse_variable(Parser *p, const char *message) {
  parser_consume(p, TOK_IDENTIFIER, message);
  declare_variable(p, p->previous);
  if (p->compiler->scope_depth > 0) return 0;
  return identifier_constant(p, &p->previous);
}

void define_variable(Parser *p, uint16_t global) {
  if (p->compiler->scope_depth > 0) {
    mark_initialized(p);
    return;
  }
  emit_op_short(p, OP_DEFINE_GLOBAL, global);
}

static OpCode compound_op(TokenType type) {
  switch (type) {
  case TOK_PLUS_EQUAL: return OP_ADD;
  case TOK_MINUS_EQUAL: return OP_SUBTRACT;
  case TOK_STAR_EQUAL: return OP_MULTIPLY;
  case TOK_SLASH_EQUAL: return OP_DIVIDE;
  case TOK_PERCENT_EQUAL: return OP_MODULO;
  case TOK_STAR_STAR_EQUAL: return OP_POWER;
  case TOK_SLASH_SLASH_EQUAL: return OP_FLOOR_DIVIDE;
  case TOK_AMP_EQUAL: return OP_BIT_AND;
  case TOK_PIPE_EQUAL: return OP_BIT_OR;
  case TOK_CARET_EQUAL: return OP_BIT_XOR;
  case TOK_LESS_LESS_EQUAL: return OP_SHIFT_LEFT;
  case TOK_GREATER_GREATER_EQUAL: return OP_SHIFT_RIGHT;
  default: return OP_COUNT_;
  }
}

/* Replaces the compound assignment's code, from the read of the local at
 * read on (its two values), with one op on the local: op slot, byte. */
static void fuse_local_update(Parser *p, int read, OpCode op, int slot, uint8_t byte) {
  drop_code_from(p, read);
  adjust_depth(p, -2);
  emit_op_arg(p, op, (uint8_t)slot);
  emit_byte(p, byte);
  p->pushed_nothing = true;
}

/* `local += k` / `local -= k` with a small constant k as the whole
 * statement becomes one INC_LOCAL. The operand's code starts at operand. */
static bool local_increment(Parser *p, int slot, OpCode op, int operand) {
  Chunk *chunk = current_chunk(p);
  if ((op != OP_ADD && op != OP_SUBTRACT) || chunk->count != operand + 2 ||
      chunk->code[operand] != OP_SMALL_INT || chunk->code[operand + 1] > 127)
    return false;
  int delta = op == OP_ADD ? chunk->code[operand + 1] : -chunk->code[operand + 1];
  fuse_local_update(p, operand - 2, OP_INC_LOCAL, slot, (uint8_t)(int8_t)delta);
  return true;
}

/* `local += other_local` as the whole statement becomes one ADD_LOCAL.
 * The two reads were fused into the GET_LOCAL2 just before operand. */
static bool local_add_local(Parser *p, int slot, OpCode op, int operand) {
  Chunk *chunk = current_chunk(p);
  if (op != OP_ADD || chunk->count != operand + 1 || chunk->code[operand - 2] != OP_GET_LOCAL2)
    return false;
  fuse_local_update(p, operand - 2, OP_ADD_LOCAL, slot, chunk->code[operand]);
  return true;
}

/* A variable as the code reads and writes it: local slot, upvalue or
 * global name constant. */
typedef struct {
  OpCode get, set;
  int arg;
} Variable;

static void emit_variable(Parser *p, const Variable *v, OpCode op) {
  if (v->get == OP_GET_GLOBAL) emit_op_short(p, op, (uint16_t)v->arg);
  else emit_op_arg(p, op, (uint8_t)v->arg);
}

/* Stores the value on top; when the assignment is the whole statement
 * (statement: a local's), stores it without keeping it. */
static void store_variable(Parser *p, const Variable *v, bool statement) {
  if (statement) {
    emit_op_arg(p, OP_SET_LOCAL_POP, (uint8_t)v->arg);
    p->pushed_nothing = true;
  } else {
    emit_variable(p, v, v->set);
  }
}

/* `name op= value`, after the operator: the update's code is at the name's
 * line, not at the end of a value over several lines. */
static void compound_assignment(Parser *p, const Variable *v, OpCode op, int line, bool statement) {
  parser_advance(p);
  skip_newlines(p);
  emit_variable(p, v, v->get);
  int operand = current_chunk(p)->count;
  expression(p);
  p->emit_line = line;
  if (!statement || !(local_increment(p, v->arg, op, operand) ||
                      local_add_local(p, v->arg, op, operand))) {
    emit_op(p, op);
    store_variable(p, v, statement);
  }
  p->emit_line = 0;
}

/* `name++` / `name--`, a statement. */
static void step_variable(Parser *p, const Variable *v) {
  int delta = parser_check(p, TOK_PLUS_PLUS) ? 1 : -1;
  parser_advance(p);
  if (!at_statement_level(p)) {
    parser_error(p, "'++' and '--' are statements: use 'x += 1' inside an expression");
  } else if (v->get == OP_GET_LOCAL) {
    emit_op_arg(p, OP_INC_LOCAL, (uint8_t)v->arg);
    emit_byte(p, (uint8_t)(int8_t)delta);
    p->pushed_nothing = true;
  } else {
    emit_variable(p, v, v->get);
    emit_op_arg(p, OP_SMALL_INT, 1);
    emit_op(p, delta > 0 ? OP_ADD : OP_SUBTRACT);
    emit_variable(p, v, v->set);
  }
}

void named_variable(Parser *p, Token name, bool can_assign) {
  Variable v = {OP_GET_LOCAL, OP_SET_LOCAL, resolve_local(p, p->compiler, &name)};
  if (v.arg == -1) {
    v = (Variable){OP_GET_UPVALUE, OP_SET_UPVALUE, resolve_upvalue(p, p->compiler, &name)};
    if (v.arg == -1) v = (Variable){OP_GET_GLOBAL, OP_SET_GLOBAL, identifier_constant(p, &name)};
  }
  OpCode compound = compound_op(p->current.type);
  /* The whole statement is this assignment: store without keeping it. */
  bool statement = at_statement_level(p) && v.set == OP_SET_LOCAL;
  if (can_assign && parser_match(p, TOK_EQUAL)) {
    skip_newlines(p);
    expression(p);
    p->emit_line = name.line; /* an undefined name is reported where it is written */
    store_variable(p, &v, statement);
    p->emit_line = 0;
  } else if (can_assign && compound != OP_COUNT_) {
    compound_assignment(p, &v, compound, name.line, statement);
  } else if (can_assign && (parser_check(p, TOK_PLUS_PLUS) || parser_check(p, TOK_MINUS_MINUS))) {
    step_variable(p, &v);
  } else {
    emit_variable(p, &v, v.get);
  }
}

