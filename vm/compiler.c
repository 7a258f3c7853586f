/* Compiler: the parser plumbing, emit helpers, functions, scopes and
 * variables, and every statement. Expressions are in expr.c. One pass,
 * no tree: each grammar rule emits its bytecode as it parses. */
#include <stdio.h>
#include <stdlib.h>

#include "compiler_internal.h"
#include "memory.h"

static void statement(Parser *p);
static void declaration(Parser *p);

/* ---- tokens and errors ---- */

void parser_error_at(Parser *p, const Token *token, const char *message) {
  if (p->had_error) return;
  p->had_error = true;
  if (token->type == TOK_EOF) {
    snprintf(p->error, COMPILE_ERROR_MAX, "%s:%d: SyntaxError: %s, got end of file",
             p->path, token->line, message);
  } else if (token->type == TOK_NEWLINE) {
    snprintf(p->error, COMPILE_ERROR_MAX, "%s:%d: SyntaxError: %s, got newline",
             p->path, token->line, message);
  } else if (token->type == TOK_ERROR) {
    snprintf(p->error, COMPILE_ERROR_MAX, "%s:%d: SyntaxError: %.*s", p->path,
             token->line, token->length, token->start);
  } else {
    snprintf(p->error, COMPILE_ERROR_MAX, "%s:%d: SyntaxError: %s, got '%.*s'",
             p->path, token->line, message, token->length > 40 ? 40 : token->length,
             token->start);
  }
}

void parser_error(Parser *p, const char *message) {
  parser_error_at(p, &p->previous, message);
}

void parser_advance(Parser *p) {
  p->previous = p->current;
  p->current = scanner_next(&p->scanner);
  if (p->current.type == TOK_ERROR) parser_error_at(p, &p->current, "");
}

bool parser_check(const Parser *p, TokenType type) {
  return p->current.type == type;
}

bool parser_match(Parser *p, TokenType type) {
  if (!parser_check(p, type)) return false;
  parser_advance(p);
  return true;
}

void parser_consume(Parser *p, TokenType type, const char *message) {
  if (p->current.type == type) {
    parser_advance(p);
    return;
  }
  parser_error_at(p, &p->current, message);
}

void skip_newlines(Parser *p) {
  while (p->current.type == TOK_NEWLINE) parser_advance(p);
}

/* Between statements: newlines and stray semicolons (`if x { } ;`). */
static void skip_separators(Parser *p) {
  while (p->current.type == TOK_NEWLINE || p->current.type == TOK_SEMICOLON) parser_advance(p);
}

bool peek_past_newlines(Parser *p, TokenType type) {
  if (p->current.type != TOK_NEWLINE) return p->current.type == type;
  Scanner copy = p->scanner;
  Token t;
  do {
    t = scanner_next(&copy);
  } while (t.type == TOK_NEWLINE);
  return t.type == type;
}

/* ---- emitting ---- */

static const int8_t op_effects[OP_COUNT_] = {
#define SB_OP_EFFECT(name, operands, effect) effect,
    SB_OPCODES(SB_OP_EFFECT)
#undef SB_OP_EFFECT
};

Chunk *current_chunk(Parser *p) { return &p->compiler->function->chunk; }

void emit_byte(Parser *p, uint8_t byte) {
  chunk_write(p->vm, current_chunk(p), byte, p->previous.line);
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
  chunk->code[small] = (uint8_t)fused; /* n stays the byte after it */
  chunk->count = at;
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
      current_chunk(p)->count = at;
      emit_op(p, fusions[i][1]);
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
  emit_byte(p, (uint8_t)op);
  adjust_depth(p, op_effects[op]);
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

void patch_jump_to(Parser *p, int offset, int target) {
  int jump = target - offset - 2;
  if (jump > UINT16_MAX || jump < 0) {
    parser_error(p, "too much code to jump over");
    return;
  }
  current_chunk(p)->code[offset] = (uint8_t)((jump >> 8) & 0xff);
  current_chunk(p)->code[offset + 1] = (uint8_t)(jump & 0xff);
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

/* ---- functions ---- */

static void compiler_begin(Parser *p, Compiler *c, FunctionKind kind,
                           Token name) {
  c->enclosing = p->compiler;
  c->function = NULL;
  c->kind = kind;
  c->local_count = 0;
  c->scope_depth = 0;
  c->loop = NULL;
  c->try_block = NULL;
  c->try_depth = 0;
  c->stack_depth = 1;
  c->max_depth = 1;
  c->last_op = -1;
  c->before_last_op = -1;
  c->barrier = 0;
  c->function = new_function(p->vm, p->module);
  p->compiler = c;
  p->vm->compiler = c;
  if (kind != FN_SCRIPT)
    c->function->name = intern_token(p, name.start, name.length);
  Local *slot0 = &c->locals[c->local_count++];
  slot0->depth = 0;
  slot0->captured = false;
  slot0->name = synthetic_token(kind == FN_METHOD || kind == FN_INITIALIZER
                                    ? "self" : "");
}

static void emit_return(Parser *p) {
  if (p->compiler->kind == FN_INITIALIZER)
    emit_op_arg(p, OP_GET_LOCAL, 0);
  else
    emit_op(p, OP_NIL);
  emit_op(p, OP_RETURN);
}

static ObjFunction *compiler_end(Parser *p) {
  emit_return(p);
  Compiler *c = p->compiler;
  ObjFunction *function = c->function;
  function->max_slots = c->max_depth + 8;
  p->compiler = c->enclosing;
  p->vm->compiler = c->enclosing;
  return function;
}

void compiler_mark_roots(VM *vm) {
  for (Compiler *c = vm->compiler; c != NULL; c = c->enclosing)
    gc_mark_object(vm, (Obj *)c->function);
}

/* ---- scopes and variables ---- */

static void begin_scope(Parser *p) { p->compiler->scope_depth++; }

/* Emits the pops for locals [keep, top) without forgetting them (used by
 * break/continue, which leave the scope only on one path). */
static void emit_pops(Parser *p, int top, int keep) {
  Compiler *c = p->compiler;
  int saved = c->stack_depth;
  for (int i = top - 1; i >= keep; i--)
    emit_op(p, c->locals[i].captured ? OP_CLOSE_UPVALUE : OP_POP);
  c->stack_depth = saved;
}

static void end_scope(Parser *p) {
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

static bool identifiers_equal(const Token *a, const Token *b) {
  return a->length == b->length && memcmp(a->start, b->start, (size_t)a->length) == 0;
}

static int resolve_local(Parser *p, Compiler *c, const Token *name) {
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
  int local = resolve_local(p, c->enclosing, name);
  if (local != -1) {
    c->enclosing->locals[local].captured = true;
    return add_upvalue(p, c, (uint8_t)local, true);
  }
  int upvalue = resolve_upvalue(p, c->enclosing, name);
  if (upvalue != -1) return add_upvalue(p, c, (uint8_t)upvalue, false);
  return -1;
}

static void add_local(Parser *p, Token name) {
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

static void mark_initialized(Parser *p) {
  Compiler *c = p->compiler;
  if (c->scope_depth == 0) return;
  c->locals[c->local_count - 1].depth = c->scope_depth;
}

/* Declares a hidden local for a value the code just pushed. */
static void hidden_local(Parser *p, const char *name) {
  add_local(p, synthetic_token(name));
  p->compiler->locals[p->compiler->local_count - 1].depth = p->compiler->scope_depth;
}

static void declare_variable(Parser *p, Token name) {
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
static uint16_t parse_variable(Parser *p, const char *message) {
  parser_consume(p, TOK_IDENTIFIER, message);
  declare_variable(p, p->previous);
  if (p->compiler->scope_depth > 0) return 0;
  return identifier_constant(p, &p->previous);
}

static void define_variable(Parser *p, uint16_t global) {
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

/* `local += k` / `local -= k` with a small constant k as the whole
 * statement becomes one INC_LOCAL. The operand's code starts at operand. */
static bool local_increment(Parser *p, int slot, OpCode op, int operand) {
  Chunk *chunk = current_chunk(p);
  if ((op != OP_ADD && op != OP_SUBTRACT) || chunk->count != operand + 2 ||
      chunk->code[operand] != OP_SMALL_INT || chunk->code[operand + 1] > 127)
    return false;
  int delta = op == OP_ADD ? chunk->code[operand + 1] : -chunk->code[operand + 1];
  chunk->count = operand - 2; /* drop GET_LOCAL and SMALL_INT */
  adjust_depth(p, -2);
  emit_op_arg(p, OP_INC_LOCAL, (uint8_t)slot);
  emit_byte(p, (uint8_t)(int8_t)delta);
  p->pushed_nothing = true;
  return true;
}

/* `local += other_local` as the whole statement becomes one ADD_LOCAL.
 * The two reads were fused into the GET_LOCAL2 just before operand. */
static bool local_add_local(Parser *p, int slot, OpCode op, int operand) {
  Chunk *chunk = current_chunk(p);
  if (op != OP_ADD || chunk->count != operand + 1 || chunk->code[operand - 2] != OP_GET_LOCAL2)
    return false;
  uint8_t other = chunk->code[operand];
  chunk->count = operand - 2; /* drop the GET_LOCAL2 */
  p->compiler->last_op = p->compiler->before_last_op = -1;
  adjust_depth(p, -2);
  emit_op_arg(p, OP_ADD_LOCAL, (uint8_t)slot);
  emit_byte(p, other);
  p->pushed_nothing = true;
  return true;
}

void named_variable(Parser *p, Token name, bool can_assign) {
  OpCode get, set;
  int arg = resolve_local(p, p->compiler, &name);
  if (arg != -1) {
    get = OP_GET_LOCAL;
    set = OP_SET_LOCAL;
  } else if ((arg = resolve_upvalue(p, p->compiler, &name)) != -1) {
    get = OP_GET_UPVALUE;
    set = OP_SET_UPVALUE;
  } else {
    arg = identifier_constant(p, &name);
    get = OP_GET_GLOBAL;
    set = OP_SET_GLOBAL;
  }
  bool wide = get == OP_GET_GLOBAL;
#define EMIT_VAR(op) (wide ? emit_op_short(p, op, (uint16_t)arg) : emit_op_arg(p, op, (uint8_t)arg))
  OpCode compound = compound_op(p->current.type);
  /* The whole statement is this assignment: store without keeping it. */
  bool statement = at_statement_level(p) && set == OP_SET_LOCAL;
  if (can_assign && parser_match(p, TOK_EQUAL)) {
    skip_newlines(p);
    expression(p);
    if (statement) {
      emit_op_arg(p, OP_SET_LOCAL_POP, (uint8_t)arg);
      p->pushed_nothing = true;
      return;
    }
    EMIT_VAR(set);
  } else if (can_assign && compound != OP_COUNT_) {
    parser_advance(p);
    skip_newlines(p);
    EMIT_VAR(get);
    int operand = current_chunk(p)->count;
    expression(p);
    if (statement && (local_increment(p, arg, compound, operand) ||
                      local_add_local(p, arg, compound, operand)))
      return;
    emit_op(p, compound);
    if (statement) {
      emit_op_arg(p, OP_SET_LOCAL_POP, (uint8_t)arg);
      p->pushed_nothing = true;
      return;
    }
    EMIT_VAR(set);
  } else if (can_assign && (parser_check(p, TOK_PLUS_PLUS) || parser_check(p, TOK_MINUS_MINUS))) {
    int delta = parser_check(p, TOK_PLUS_PLUS) ? 1 : -1;
    parser_advance(p);
    if (!at_statement_level(p)) {
      parser_error(p, "'++' and '--' are statements: use 'x += 1' inside an expression");
      return;
    }
    if (get == OP_GET_LOCAL) {
      emit_op_arg(p, OP_INC_LOCAL, (uint8_t)arg);
      emit_byte(p, (uint8_t)(int8_t)delta);
      p->pushed_nothing = true;
      return;
    }
    EMIT_VAR(get);
    emit_op_arg(p, OP_SMALL_INT, 1);
    emit_op(p, delta > 0 ? OP_ADD : OP_SUBTRACT);
    EMIT_VAR(set);
  } else {
    EMIT_VAR(get);
  }
#undef EMIT_VAR
}

/* ---- documentation ---- */

static void copy_name(char *out, size_t size, const char *text, int length) {
  snprintf(out, size, "%.*s", length, text);
}

void record_doc(Parser *p, DocKind kind, const Token *name, const Token *documented,
                const char *params, int params_length) {
  DocCollector *docs = p->docs;
  if (docs == NULL) return;
  if (docs->count == docs->capacity) {
    docs->capacity = docs->capacity < 16 ? 16 : docs->capacity * 2;
    DocEntry *grown = realloc(docs->entries, sizeof(DocEntry) * (size_t)docs->capacity);
    if (grown == NULL) abort();
    docs->entries = grown;
  }
  DocEntry *e = &docs->entries[docs->count++];
  memset(e, 0, sizeof *e);
  e->kind = kind;
  if (kind == DOC_METHOD || kind == DOC_FIELD)
    copy_name(e->owner, sizeof e->owner, p->class_name, p->class_name_length);
  if (name) copy_name(e->name, sizeof e->name, name->start, name->length);
  int n = 0; /* the parameters as written, on one line */
  for (int i = 0; i < params_length && n < (int)sizeof e->params - 1; i++) {
    char c = params[i] == '\n' || params[i] == '\t' ? ' ' : params[i];
    if (c == ' ' && (n == 0 || e->params[n - 1] == ' ')) continue;
    e->params[n++] = c;
  }
  e->params[n] = '\0';
  if (documented && documented->doc) {
    e->text = documented->doc;
    e->text_length = documented->doc_length;
  }
}

void doc_collector_free(DocCollector *docs) {
  free(docs->entries);
  docs->entries = NULL;
  docs->count = docs->capacity = 0;
}

/* ---- blocks, functions, classes ---- */

static void block(Parser *p) {
  int saved_group = p->group_depth, saved_depth = p->expr_depth;
  bool saved_statement = p->in_expression_statement;
  p->group_depth = 0;
  p->expr_depth = 0;
  p->in_expression_statement = false;
  skip_separators(p);
  while (!parser_check(p, TOK_RIGHT_BRACE) && !parser_check(p, TOK_EOF)) {
    declaration(p);
    if (p->had_error) return;
    skip_separators(p);
  }
  parser_consume(p, TOK_RIGHT_BRACE, "expected '}' to close the block");
  p->group_depth = saved_group;
  p->expr_depth = saved_depth;
  p->in_expression_statement = saved_statement;
}

static void parameters(Parser *p) {
  ObjFunction *fn = p->compiler->function;
  bool seen_default = false;
  skip_newlines(p);
  if (parser_check(p, TOK_RIGHT_PAREN)) return;
  do {
    skip_newlines(p);
    if (parser_match(p, TOK_ELLIPSIS)) {
      fn->variadic = true;
      add_local(p, synthetic_token("__args__"));
      mark_initialized(p);
      adjust_depth(p, 1);
      skip_newlines(p);
      return;
    }
    if (fn->arity == 255) parser_error_at(p, &p->current, "too many parameters (limit 255)");
    fn->arity++;
    parser_consume(p, TOK_IDENTIFIER, "expected a parameter name");
    declare_variable(p, p->previous);
    mark_initialized(p);
    adjust_depth(p, 1);
    uint8_t slot = (uint8_t)(p->compiler->local_count - 1);
    if (parser_match(p, TOK_EQUAL)) {
      seen_default = true;
      emit_op_arg(p, OP_ARG_DEFAULT, slot);
      int skip = current_chunk(p)->count;
      emit_short(p, 0xffff);
      expression(p);
      emit_op_arg(p, OP_SET_LOCAL, slot);
      emit_op(p, OP_POP);
      patch_jump(p, skip);
    } else if (seen_default) {
      parser_error(p, "a parameter without a default cannot follow one with a default");
    } else {
      fn->min_arity++;
    }
    skip_newlines(p);
  } while (parser_match(p, TOK_COMMA));
}

void function_body(Parser *p, FunctionKind kind, Token name, const Token *documented) {
  Compiler c;
  compiler_begin(p, &c, kind, name);
  begin_scope(p);
  int saved_group = p->group_depth;
  p->group_depth = 0;
  bool is_lambda = kind == FN_FUNCTION && documented == NULL;
  if (is_lambda ? parser_match(p, TOK_LEFT_PAREN) : (parser_consume(p, TOK_LEFT_PAREN, "expected '(' after the function name"), true)) {
    const char *params = p->previous.start + 1;
    parameters(p);
    parser_consume(p, TOK_RIGHT_PAREN, "expected ')' after the parameters");
    if (documented != NULL && (kind != FN_FUNCTION || c.enclosing->enclosing == NULL))
      record_doc(p, kind == FN_FUNCTION ? DOC_FUNCTION : DOC_METHOD, &name, documented, params,
                 (int)(p->previous.start - params));
  }
  parser_consume(p, TOK_LEFT_BRACE, "expected '{' before the function body");
  block(p);
  p->group_depth = saved_group;
  ObjFunction *fn = compiler_end(p);
  uint16_t index = make_constant(p, OBJ_VAL(fn));
  emit_op_short(p, OP_CLOSURE, index);
  for (int i = 0; i < fn->upvalue_count; i++) {
    emit_byte(p, c.upvalues[i].is_local ? 1 : 0);
    emit_byte(p, c.upvalues[i].index);
  }
}

static void def_declaration(Parser *p) {
  Token keyword = p->previous;
  uint16_t global = parse_variable(p, "expected a function name after 'def'");
  Token name = p->previous;
  mark_initialized(p);
  function_body(p, FN_FUNCTION, name, &keyword);
  define_variable(p, global);
}

/* `def + { ... }` inside a class: an operator with its operand in __arg__. */
static void operator_method(Parser *p) {
  static const TokenType ops[] = {
      TOK_PLUS, TOK_MINUS, TOK_STAR, TOK_SLASH, TOK_PERCENT, TOK_STAR_STAR,
      TOK_SLASH_SLASH, TOK_AMP, TOK_PIPE, TOK_CARET, TOK_LESS_LESS,
      TOK_GREATER_GREATER, TOK_GREATER_GREATER_GREATER, TOK_EQUAL_EQUAL,
      TOK_LESS, TOK_GREATER, TOK_LESS_EQUAL, TOK_GREATER_EQUAL, TOK_TILDE,
      TOK_LEFT_BRACKET,
  };
  bool ok = false;
  for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
    if (parser_check(p, ops[i])) ok = true;
  if (!ok) {
    parser_error_at(p, &p->current, "expected an operator after 'def' in a class");
    return;
  }
  parser_advance(p);
  Token name = p->previous;
  if (name.type == TOK_LEFT_BRACKET) {
    parser_consume(p, TOK_RIGHT_BRACKET, "expected ']' in 'def []'");
    name.length = 2;
  }
  uint16_t constant = identifier_constant(p, &name);
  Compiler c;
  compiler_begin(p, &c, FN_METHOD, name);
  begin_scope(p);
  c.function->arity = 1;
  c.function->min_arity = 0;
  add_local(p, synthetic_token("__arg__"));
  mark_initialized(p);
  adjust_depth(p, 1);
  parser_consume(p, TOK_LEFT_BRACE, "expected '{' before the operator body");
  block(p);
  ObjFunction *fn = compiler_end(p);
  emit_op_short(p, OP_CLOSURE, make_constant(p, OBJ_VAL(fn)));
  for (int i = 0; i < fn->upvalue_count; i++) {
    emit_byte(p, c.upvalues[i].is_local ? 1 : 0);
    emit_byte(p, c.upvalues[i].index);
  }
  emit_op_short(p, OP_METHOD, constant);
}

static void end_statement(Parser *p);

static void class_member(Parser *p, const Token *class_name) {
  Token first = p->current; /* carries the member's doc comment */
  if (parser_match(p, TOK_DEF)) {
    operator_method(p);
    return;
  }
  bool is_static = parser_match(p, TOK_STATIC);
  if (parser_match(p, TOK_VAR)) {
    do {
      parser_consume(p, TOK_IDENTIFIER, "expected a field name after 'var'");
      if (first.doc && (first.start[0] != '_')) record_doc(p, DOC_FIELD, &p->previous, &first, NULL, 0);
      uint16_t name = identifier_constant(p, &p->previous);
      if (parser_match(p, TOK_EQUAL)) {
        skip_newlines(p);
        expression(p);
      } else {
        emit_op(p, OP_NIL);
      }
      emit_op_short(p, is_static ? OP_STATIC_FIELD : OP_FIELD, name);
    } while (parser_match(p, TOK_COMMA));
    end_statement(p);
    return;
  }
  bool hook = parser_match(p, TOK_AT);
  /* A hook's name may be a keyword: @iter. */
  if (hook && p->current.length > 0 && (p->current.start[0] | 0x20) >= 'a' &&
      (p->current.start[0] | 0x20) <= 'z' && p->current.start == p->previous.start + 1)
    p->current.type = TOK_IDENTIFIER;
  parser_consume(p, TOK_IDENTIFIER, "expected a method, 'var' or 'def' in the class body");
  Token name = p->previous;
  if (hook) { /* @to_string and friends keep the @ in their name */
    name.start--;
    name.length++;
  }
  uint16_t constant = identifier_constant(p, &name);
  bool is_init = !is_static && identifiers_equal(&name, class_name);
  function_body(p, is_static ? FN_STATIC : is_init ? FN_INITIALIZER : FN_METHOD, name,
                name.start[0] == '_' ? NULL : &first);
  emit_op_short(p, is_static ? OP_STATIC_METHOD : OP_METHOD, constant);
}

static void class_declaration(Parser *p) {
  Token keyword = p->previous;
  parser_consume(p, TOK_IDENTIFIER, "expected a class name");
  Token class_name = p->previous;
  const char *saved_name = p->class_name;
  int saved_length = p->class_name_length;
  p->class_name = class_name.start;
  p->class_name_length = class_name.length;
  if (p->compiler->enclosing == NULL) record_doc(p, DOC_CLASS, &class_name, &keyword, NULL, 0);
  uint16_t name_constant = identifier_constant(p, &class_name);
  declare_variable(p, class_name);
  emit_op_short(p, OP_CLASS, name_constant);
  define_variable(p, name_constant);

  ClassCompiler cc = {p->class_compiler, class_name, false};
  p->class_compiler = &cc;
  begin_scope(p);
  if (parser_match(p, TOK_LESS)) {
    parser_consume(p, TOK_IDENTIFIER, "expected a superclass name after '<'");
    named_variable(p, p->previous, false);
    while (parser_match(p, TOK_DOT)) {
      parser_consume(p, TOK_IDENTIFIER, "expected a name after '.'");
      emit_op_short(p, OP_GET_PROPERTY, identifier_constant(p, &p->previous));
    }
    if (identifiers_equal(&class_name, &p->previous))
      parser_error(p, "a class cannot inherit from itself");
    if (p->docs && p->docs->count > 0 && p->docs->entries[p->docs->count - 1].kind == DOC_CLASS)
      copy_name(p->docs->entries[p->docs->count - 1].parent, sizeof p->docs->entries[0].parent,
                p->previous.start, p->previous.length);
    hidden_local(p, "parent");
    cc.has_superclass = true;
  }
  named_variable(p, class_name, false);
  if (cc.has_superclass) emit_op(p, OP_INHERIT);
  parser_consume(p, TOK_LEFT_BRACE, "expected '{' before the class body");
  skip_newlines(p);
  while (!parser_check(p, TOK_RIGHT_BRACE) && !parser_check(p, TOK_EOF) && !p->had_error) {
    class_member(p, &class_name);
    skip_newlines(p);
  }
  parser_consume(p, TOK_RIGHT_BRACE, "expected '}' after the class body");
  emit_op(p, OP_POP);
  end_scope(p);
  p->class_compiler = cc.enclosing;
  p->class_name = saved_name;
  p->class_name_length = saved_length;
}

static void var_declaration(Parser *p) {
  do {
    uint16_t global = parse_variable(p, "expected a variable name after 'var'");
    if (parser_match(p, TOK_EQUAL)) {
      skip_newlines(p);
      expression(p);
    } else {
      emit_op(p, OP_NIL);
    }
    define_variable(p, global);
  } while (parser_match(p, TOK_COMMA));
  end_statement(p);
}

/* ---- statements ---- */

static void end_statement(Parser *p) {
  if (parser_match(p, TOK_NEWLINE) || parser_match(p, TOK_SEMICOLON)) return;
  if (parser_check(p, TOK_RIGHT_BRACE) || parser_check(p, TOK_EOF)) return;
  parser_error_at(p, &p->current, "expected a newline or ';' after the statement");
}

bool at_statement_level(const Parser *p) {
  return p->in_expression_statement && p->expr_depth == 1;
}

/* Compiles an expression whose value the statement discards. */
static void discarded_expression(Parser *p) {
  p->pushed_nothing = false;
  p->in_expression_statement = true;
  expression(p);
  p->in_expression_statement = false;
  if (p->pushed_nothing) p->pushed_nothing = false;
  else emit_op(p, OP_POP);
}

static void expression_statement(Parser *p) {
  if (p->repl && p->compiler->enclosing == NULL && p->compiler->scope_depth == 0) {
    p->pushed_nothing = false;
    p->in_expression_statement = true;
    expression(p);
    p->in_expression_statement = false;
    if (!p->pushed_nothing) emit_op(p, OP_REPL_ECHO);
    p->pushed_nothing = false;
  } else {
    discarded_expression(p);
  }
  end_statement(p);
}

static void echo_statement(Parser *p) {
  expression(p);
  emit_op(p, OP_ECHO);
  end_statement(p);
}

void block_or_statement(Parser *p) {
  if (parser_match(p, TOK_LEFT_BRACE)) {
    begin_scope(p);
    block(p);
    end_scope(p);
  } else {
    statement(p);
  }
}

static void if_statement(Parser *p) {
  expression(p);
  int then_jump = emit_jump(p, OP_POP_JUMP_IF_FALSE);
  block_or_statement(p);
  if (peek_past_newlines(p, TOK_ELSE)) {
    skip_newlines(p);
    parser_advance(p);
    int else_jump = emit_jump(p, OP_JUMP);
    patch_jump(p, then_jump);
    if (parser_match(p, TOK_IF)) if_statement(p);
    else block_or_statement(p);
    patch_jump(p, else_jump);
  } else {
    patch_jump(p, then_jump);
  }
}

static void loop_begin(Parser *p, Loop *loop, int continue_target) {
  Compiler *c = p->compiler;
  loop->enclosing = c->loop;
  loop->scope_depth = c->scope_depth;
  loop->local_count = c->local_count;
  loop->try_depth = c->try_depth;
  loop->continue_target = continue_target;
  loop->breaks.count = 0;
  loop->continues.count = 0;
  c->loop = loop;
}

static void patch_list(Parser *p, PatchList *list, int target) {
  for (int i = 0; i < list->count; i++) patch_jump_to(p, list->sites[i], target);
  list->count = 0;
}

static void loop_end(Parser *p, Loop *loop) {
  patch_list(p, &loop->breaks, mark_target(p));
  p->compiler->loop = loop->enclosing;
}

static void while_statement(Parser *p) {
  int loop_start = mark_target(p);
  Loop loop;
  loop_begin(p, &loop, loop_start);
  expression(p);
  /* `while true` tests nothing: it ends only by break, return or raise. */
  int at, exit_jump = -1;
  if (last_op_is(p, OP_TRUE, &at) && at == loop_start) {
    current_chunk(p)->count = at;
    p->compiler->last_op = p->compiler->before_last_op = -1;
    adjust_depth(p, -1);
  } else {
    exit_jump = emit_jump(p, OP_POP_JUMP_IF_FALSE);
  }
  block_or_statement(p);
  emit_loop(p, loop_start);
  if (exit_jump >= 0) patch_jump(p, exit_jump);
  loop_end(p, &loop);
}

static void do_while_statement(Parser *p) {
  int loop_start = mark_target(p);
  Loop loop;
  loop_begin(p, &loop, -1);
  block_or_statement(p);
  skip_newlines(p);
  parser_consume(p, TOK_WHILE, "expected 'while' after the 'do' block");
  patch_list(p, &loop.continues, mark_target(p));
  loop.continue_target = current_chunk(p)->count;
  expression(p);
  int exit_jump = emit_jump(p, OP_POP_JUMP_IF_FALSE);
  emit_loop(p, loop_start);
  patch_jump(p, exit_jump);
  loop_end(p, &loop);
  end_statement(p);
}

/* Where the parser stands in the source: enough to read on from there
 * again. */
typedef struct {
  Scanner scanner;
  Token current, previous;
} SourcePosition;

static SourcePosition position_of(const Parser *p) {
  return (SourcePosition){p->scanner, p->current, p->previous};
}

static void return_to(Parser *p, const SourcePosition *at) {
  p->scanner = at->scanner;
  p->current = at->current;
  p->previous = at->previous;
}

/* iter init; condition; step { body } */
static void iter_statement(Parser *p) {
  begin_scope(p);
  if (parser_match(p, TOK_SEMICOLON)) {
  } else if (parser_match(p, TOK_VAR)) {
    do {
      uint16_t global = parse_variable(p, "expected a variable name after 'var'");
      if (parser_match(p, TOK_EQUAL)) expression(p);
      else emit_op(p, OP_NIL);
      define_variable(p, global);
    } while (parser_match(p, TOK_COMMA));
    parser_consume(p, TOK_SEMICOLON, "expected ';' after the loop initializer");
  } else {
    discarded_expression(p);
    parser_consume(p, TOK_SEMICOLON, "expected ';' after the loop initializer");
  }
  int loop_start = mark_target(p);
  int exit_jump = -1;
  SourcePosition at_condition = position_of(p);
  bool has_condition = !parser_match(p, TOK_SEMICOLON);
  if (has_condition) {
    expression(p);
    parser_consume(p, TOK_SEMICOLON, "expected ';' after the loop condition");
    exit_jump = emit_jump(p, OP_POP_JUMP_IF_FALSE);
  }
  if (!parser_check(p, TOK_LEFT_BRACE)) {
    /* A step: laid out step, condition, body, so that a round jumps back
     * once. The condition, compiled above in source order (for its
     * errors), is dropped and compiled again after the step. */
    current_chunk(p)->count = loop_start;
    p->compiler->last_op = p->compiler->before_last_op = -1;
    int enter_jump = emit_jump(p, OP_JUMP);
    int step_start = mark_target(p);
    discarded_expression(p);
    patch_jump(p, enter_jump);
    if (has_condition) {
      SourcePosition at_body = position_of(p);
      return_to(p, &at_condition);
      expression(p);
      exit_jump = emit_jump(p, OP_POP_JUMP_IF_FALSE);
      return_to(p, &at_body);
    }
    loop_start = step_start;
  }
  Loop loop;
  loop_begin(p, &loop, loop_start);
  parser_consume(p, TOK_LEFT_BRACE, "expected '{' before the loop body");
  begin_scope(p);
  block(p);
  end_scope(p);
  emit_loop(p, loop_start);
  if (exit_jump != -1) patch_jump(p, exit_jump);
  loop_end(p, &loop);
  end_scope(p);
}

/* for [key,] value in iterable { body } over hidden locals
 * [iterable, cursor, index, key, value] that OP_FOR_ITER advances. */
static void for_statement(Parser *p) {
  begin_scope(p);
  parser_consume(p, TOK_IDENTIFIER, "expected a variable name after 'for'");
  Token first = p->previous, second = first;
  bool two = parser_match(p, TOK_COMMA);
  if (two) {
    parser_consume(p, TOK_IDENTIFIER, "expected a second variable name after ','");
    second = p->previous;
  }
  parser_consume(p, TOK_IN, "expected 'in' after the loop variables");
  expression(p);
  int base = p->compiler->local_count;
  if (base + 5 > MAX_LOCALS) parser_error(p, "too many local variables in one function");
  hidden_local(p, "(iterable)");
  emit_op(p, OP_NIL);
  hidden_local(p, "(cursor)");
  emit_op(p, OP_NIL);
  hidden_local(p, "(index)");
  emit_op(p, OP_NIL);
  if (two) {
    add_local(p, first);
    mark_initialized(p);
  } else {
    hidden_local(p, "(key)");
  }
  emit_op(p, OP_NIL);
  add_local(p, second);
  mark_initialized(p);
  int loop_start = mark_target(p);
  Loop loop;
  loop_begin(p, &loop, loop_start);
  emit_op_arg(p, OP_FOR_ITER, (uint8_t)base);
  int exit_jump = current_chunk(p)->count;
  emit_short(p, 0xffff);
  block_or_statement(p);
  emit_loop(p, loop_start);
  patch_jump(p, exit_jump);
  loop_end(p, &loop);
  end_scope(p);
}

static void using_statement(Parser *p) {
  begin_scope(p);
  expression(p);
  hidden_local(p, "(subject)");
  uint8_t subject = (uint8_t)(p->compiler->local_count - 1);
  skip_newlines(p);
  parser_consume(p, TOK_LEFT_BRACE, "expected '{' after the 'using' value");
  PatchList ends = {.count = 0};
  bool seen_default = false;
  skip_newlines(p);
  while (!parser_check(p, TOK_RIGHT_BRACE) && !parser_check(p, TOK_EOF) && !p->had_error) {
    if (parser_match(p, TOK_DEFAULT)) {
      if (seen_default) parser_error(p, "'using' has more than one 'default'");
      seen_default = true;
      block_or_statement(p);
    } else {
      parser_consume(p, TOK_WHEN, "expected 'when' or 'default' in 'using'");
      if (seen_default) parser_error(p, "'when' cannot follow 'default'");
      PatchList matched = {.count = 0};
      do {
        skip_newlines(p);
        emit_op_arg(p, OP_GET_LOCAL, subject);
        expression(p);
        emit_op(p, OP_EQUAL);
        if (matched.count == MAX_JUMPS) parser_error(p, "too many values in one 'when'");
        else matched.sites[matched.count++] = emit_jump(p, OP_JUMP_IF_TRUE);
        emit_op(p, OP_POP);
      } while (parser_match(p, TOK_COMMA));
      emit_op(p, OP_FALSE);
      patch_list(p, &matched, mark_target(p));
      int next = emit_jump(p, OP_POP_JUMP_IF_FALSE);
      block_or_statement(p);
      if (ends.count == MAX_JUMPS) parser_error(p, "too many 'when' cases");
      else ends.sites[ends.count++] = emit_jump(p, OP_JUMP);
      patch_jump(p, next);
    }
    skip_newlines(p);
  }
  parser_consume(p, TOK_RIGHT_BRACE, "expected '}' to close 'using'");
  patch_list(p, &ends, mark_target(p));
  end_scope(p);
}

/* Leaves every try block between here and the loop, running finally
 * blocks on the way, then jumps to the loop's break or continue target. */
static void loop_jump(Parser *p, bool is_break) {
  Compiler *c = p->compiler;
  Loop *loop = c->loop;
  if (loop == NULL) {
    parser_error(p, is_break ? "'break' outside a loop" : "'continue' outside a loop");
    return;
  }
  int depth = c->try_depth, top = c->local_count;
  for (TryBlock *t = c->try_block; t != NULL && depth > loop->try_depth;
       t = t->enclosing, depth--) {
    emit_pops(p, top, t->local_count);
    top = t->local_count;
    if (t->active_handlers > 0) emit_op_arg(p, OP_POP_TRY, (uint8_t)t->active_handlers);
    if (t->has_finally && !t->in_finally) {
      /* The finally block returns to just after this 8-byte sequence:
       * SMALL_INT kind, CONSTANT resume, JUMP finally. */
      int resume = current_chunk(p)->count + 8;
      emit_op_arg(p, OP_SMALL_INT, FINALLY_JUMP);
      emit_op_short(p, OP_CONSTANT, make_constant(p, NUMBER_VAL(resume)));
      adjust_depth(p, -2);
      if (t->to_finally.count == MAX_JUMPS) parser_error(p, "too many jumps out of one 'try'");
      else t->to_finally.sites[t->to_finally.count++] = emit_jump(p, OP_JUMP);
    }
  }
  emit_pops(p, top, loop->local_count);
  if (!is_break && loop->continue_target >= 0) {
    emit_loop(p, loop->continue_target);
    return;
  }
  PatchList *list = is_break ? &loop->breaks : &loop->continues;
  if (list->count == MAX_JUMPS) parser_error(p, "too many 'break' or 'continue' in one loop");
  else list->sites[list->count++] = emit_jump(p, OP_JUMP);
}

static void return_statement(Parser *p) {
  if (p->compiler->kind == FN_SCRIPT && p->compiler->enclosing != NULL)
    parser_error(p, "'return' outside a function");
  if (parser_check(p, TOK_NEWLINE) || parser_check(p, TOK_SEMICOLON) ||
      parser_check(p, TOK_RIGHT_BRACE) || parser_check(p, TOK_EOF)) {
    emit_return(p);
  } else {
    if (p->compiler->kind == FN_INITIALIZER)
      parser_error(p, "a constructor cannot return a value");
    expression(p);
    emit_op(p, OP_RETURN);
  }
  end_statement(p);
}

/* Does the try statement whose body starts at the current '{' end with a
 * finally clause? Looks ahead on a copy of the scanner. */
static bool try_has_finally(Parser *p) {
  Scanner s = p->scanner;
  int depth = 1;
  Token t;
  for (;;) {
    do {
      t = scanner_next(&s);
      if (t.type == TOK_LEFT_BRACE) depth++;
      if (t.type == TOK_RIGHT_BRACE) depth--;
      if (t.type == TOK_EOF || t.type == TOK_ERROR) return false;
    } while (depth > 0);
    do t = scanner_next(&s); while (t.type == TOK_NEWLINE);
    if (t.type == TOK_FINALLY) return true;
    if (t.type != TOK_CATCH) return false;
    do t = scanner_next(&s);
    while (t.type != TOK_LEFT_BRACE && t.type != TOK_EOF && t.type != TOK_ERROR);
    if (t.type != TOK_LEFT_BRACE) return false;
    depth = 1;
  }
}

static void try_enter(Parser *p, TryBlock *t, bool has_finally) {
  Compiler *c = p->compiler;
  t->enclosing = c->try_block;
  t->local_count = c->local_count;
  t->active_handlers = 0;
  t->has_finally = has_finally;
  t->in_finally = false;
  t->to_finally.count = 0;
  c->try_block = t;
  c->try_depth++;
}

static void try_leave(Parser *p, TryBlock *t) {
  p->compiler->try_block = t->enclosing;
  p->compiler->try_depth--;
}

/* Emits the class test for one catch clause: a dotted name. */
static void catch_class(Parser *p) {
  named_variable(p, p->previous, false);
  while (parser_match(p, TOK_DOT)) {
    parser_consume(p, TOK_IDENTIFIER, "expected a name after '.'");
    emit_op_short(p, OP_GET_PROPERTY, identifier_constant(p, &p->previous));
  }
}

/* With the current token a `catch`: is this `catch { ... } as name`, the
 * statement form, rather than a catch-all clause of the try before it? */
static bool catch_is_statement(Parser *p) {
  Scanner s = p->scanner;
  if (scanner_next(&s).type != TOK_LEFT_BRACE) return false;
  for (int depth = 1; depth > 0;) {
    Token t = scanner_next(&s);
    if (t.type == TOK_EOF || t.type == TOK_ERROR) return false;
    depth += t.type == TOK_LEFT_BRACE ? 1 : t.type == TOK_RIGHT_BRACE ? -1 : 0;
  }
  return scanner_next(&s).type == TOK_AS;
}

static void catch_clauses(Parser *p, uint8_t exc_slot, PatchList *ends) {
  bool catch_all = false;
  while (peek_past_newlines(p, TOK_CATCH) && !catch_all && !p->had_error) {
    Token before = p->current;
    Scanner saved = p->scanner;
    skip_newlines(p);
    if (catch_is_statement(p)) { /* leave it, and the newline, to the next statement */
      p->current = before;
      p->scanner = saved;
      break;
    }
    parser_advance(p);
    int next = -1;
    Token binding = {TOK_EOF, NULL, 0, 0, 0, NULL, 0};
    if (parser_match(p, TOK_IDENTIFIER)) {
      Token first = p->previous;
      if (parser_check(p, TOK_IDENTIFIER) || parser_check(p, TOK_DOT) ||
          parser_check(p, TOK_LEFT_BRACE) || parser_check(p, TOK_AS)) {
        emit_op_arg(p, OP_GET_LOCAL, exc_slot);
        p->previous = first;
        catch_class(p);
        emit_op(p, OP_MATCH_EXCEPTION);
        next = emit_jump(p, OP_POP_JUMP_IF_FALSE);
        parser_match(p, TOK_AS);
        if (parser_match(p, TOK_IDENTIFIER)) binding = p->previous;
      }
    } else {
      catch_all = true;
    }
    begin_scope(p);
    if (binding.start != NULL) {
      emit_op_arg(p, OP_GET_LOCAL, exc_slot);
      add_local(p, binding);
      mark_initialized(p);
    }
    parser_consume(p, TOK_LEFT_BRACE, "expected '{' after the catch clause");
    block(p);
    end_scope(p);
    if (ends->count == MAX_JUMPS) parser_error(p, "too many catch clauses");
    else ends->sites[ends->count++] = emit_jump(p, OP_JUMP);
    if (next != -1) patch_jump(p, next);
  }
  if (!catch_all) {
    emit_op_arg(p, OP_GET_LOCAL, exc_slot);
    emit_op(p, OP_RAISE);
  }
}

static void try_statement(Parser *p) {
  TryBlock t;
  bool has_finally = try_has_finally(p);
  try_enter(p, &t, has_finally);
  int finally_setup = -1, catch_setup;
  if (has_finally) finally_setup = emit_jump(p, OP_TRY_FINALLY), t.active_handlers++;
  catch_setup = emit_jump(p, OP_TRY);
  t.active_handlers++;
  parser_consume(p, TOK_LEFT_BRACE, "expected '{' after 'try'");
  begin_scope(p);
  block(p);
  end_scope(p);
  emit_op_arg(p, OP_POP_TRY, 1);
  t.active_handlers--;
  int after = emit_jump(p, OP_JUMP);
  patch_jump(p, catch_setup);
  begin_scope(p);
  adjust_depth(p, 1);
  hidden_local(p, "(exception)");
  PatchList ends = {.count = 0};
  bool has_catch = peek_past_newlines(p, TOK_CATCH);
  if (!has_catch && !has_finally)
    parser_error_at(p, &p->current, "expected 'catch' or 'finally' after the try block");
  catch_clauses(p, (uint8_t)(p->compiler->local_count - 1), &ends);
  patch_list(p, &ends, mark_target(p));
  end_scope(p);
  patch_jump(p, after);
  if (has_finally) {
    skip_newlines(p);
    parser_consume(p, TOK_FINALLY, "expected 'finally'");
    emit_op_arg(p, OP_POP_TRY, 1);
    t.active_handlers--;
    emit_op_arg(p, OP_SMALL_INT, FINALLY_NORMAL);
    emit_op(p, OP_NIL);
    adjust_depth(p, -2);
    patch_jump(p, finally_setup);
    patch_list(p, &t.to_finally, mark_target(p));
    t.in_finally = true;
    begin_scope(p);
    adjust_depth(p, 2);
    hidden_local(p, "(finally kind)");
    hidden_local(p, "(finally value)");
    parser_consume(p, TOK_LEFT_BRACE, "expected '{' after 'finally'");
    block(p);
    p->compiler->local_count -= 2;
    p->compiler->scope_depth--;
    emit_op(p, OP_END_FINALLY);
  }
  try_leave(p, &t);
}

/* catch { block } as name: runs the block; name gets the exception or nil. */
static void catch_as_statement(Parser *p) {
  int setup = emit_jump(p, OP_TRY);
  parser_consume(p, TOK_LEFT_BRACE, "expected '{' after 'catch'");
  TryBlock t;
  try_enter(p, &t, false);
  t.active_handlers = 1;
  begin_scope(p);
  block(p);
  end_scope(p);
  try_leave(p, &t);
  emit_op_arg(p, OP_POP_TRY, 1);
  emit_op(p, OP_NIL);
  int done = emit_jump(p, OP_JUMP);
  patch_jump(p, setup);
  patch_jump(p, done);
  parser_consume(p, TOK_AS, "expected 'as' after the catch block");
  parser_consume(p, TOK_IDENTIFIER, "expected a variable name after 'as'");
  Token name = p->previous;
  Compiler *c = p->compiler;
  int slot = resolve_local(p, c, &name);
  if (slot != -1) {
    emit_op_arg(p, OP_SET_LOCAL_POP, (uint8_t)slot);
  } else if (c->scope_depth > 0) {
    add_local(p, name);
    mark_initialized(p);
  } else {
    emit_op_short(p, OP_DEFINE_GLOBAL, identifier_constant(p, &name));
  }
  end_statement(p);
}

static void raise_statement(Parser *p) {
  expression(p);
  emit_op(p, OP_RAISE);
  end_statement(p);
}

static void assert_statement(Parser *p) {
  expression(p);
  bool has_message = parser_match(p, TOK_COMMA);
  if (has_message) expression(p);
  emit_op_arg(p, OP_ASSERT, has_message);
  adjust_depth(p, has_message ? -2 : -1);
  end_statement(p);
}

static void import_statement(Parser *p);

static void statement(Parser *p) {
  p->compiler->stack_depth = p->compiler->local_count;
  mark_target(p); /* no peephole fusion across statements */
  if (parser_match(p, TOK_ECHO)) echo_statement(p);
  else if (parser_match(p, TOK_IF)) if_statement(p);
  else if (parser_match(p, TOK_WHILE)) while_statement(p);
  else if (parser_match(p, TOK_DO)) do_while_statement(p);
  else if (parser_match(p, TOK_ITER)) iter_statement(p);
  else if (parser_match(p, TOK_FOR)) for_statement(p);
  else if (parser_match(p, TOK_USING)) using_statement(p);
  else if (parser_match(p, TOK_RETURN)) return_statement(p);
  else if (parser_match(p, TOK_BREAK)) loop_jump(p, true), end_statement(p);
  else if (parser_match(p, TOK_CONTINUE)) loop_jump(p, false), end_statement(p);
  else if (parser_match(p, TOK_TRY)) try_statement(p);
  else if (parser_match(p, TOK_CATCH)) catch_as_statement(p);
  else if (parser_match(p, TOK_RAISE)) raise_statement(p);
  else if (parser_match(p, TOK_ASSERT)) assert_statement(p);
  else if (parser_match(p, TOK_IMPORT)) import_statement(p);
  else if (parser_match(p, TOK_LEFT_BRACE)) {
    begin_scope(p);
    block(p);
    end_scope(p);
  } else {
    expression_statement(p);
  }
}

static void declaration(Parser *p) {
  p->compiler->stack_depth = p->compiler->local_count;
  mark_target(p);
  if (parser_match(p, TOK_VAR)) var_declaration(p);
  else if (parser_match(p, TOK_DEF)) def_declaration(p);
  else if (parser_match(p, TOK_CLASS)) class_declaration(p);
  else statement(p);
}

/* ---- imports ---- */

/* import a.b.c [as x] [{ names } | { * }]; import .rel / ..up */
static void import_statement(Parser *p) {
  if (p->compiler->scope_depth > 0 || p->compiler->enclosing != NULL) {
    parser_error(p, "'import' is only allowed at the top level of a module");
    return;
  }
  char path[512];
  int length = 0;
  Token last = p->current;
  while (parser_check(p, TOK_DOT) || parser_check(p, TOK_DOT_DOT)) {
    const char *dots = parser_check(p, TOK_DOT) ? "." : "..";
    length += snprintf(path + length, sizeof path - (size_t)length, "%s", dots);
    parser_advance(p);
    if (length > 400) break;
  }
  do {
    parser_consume(p, TOK_IDENTIFIER, "expected a module name after 'import'");
    last = p->previous;
    if (length > 0 && path[length - 1] != '.') path[length++] = '/';
    if (length + last.length >= 480) {
      parser_error(p, "module path too long");
      return;
    }
    memcpy(path + length, last.start, (size_t)last.length);
    length += last.length;
  } while (parser_match(p, TOK_DOT));
  uint16_t path_constant = make_constant(p, OBJ_VAL(copy_string(p->vm, path, length)));
  emit_op_short(p, OP_IMPORT, path_constant);
  if (parser_match(p, TOK_AS)) {
    parser_consume(p, TOK_IDENTIFIER, "expected a name after 'as'");
    last = p->previous;
  }
  if (parser_match(p, TOK_LEFT_BRACE)) {
    skip_newlines(p);
    if (parser_match(p, TOK_STAR)) {
      emit_op(p, OP_IMPORT_ALL);
    } else {
      do {
        skip_newlines(p);
        parser_consume(p, TOK_IDENTIFIER, "expected a name to import");
        Token name = p->previous;
        uint16_t member = identifier_constant(p, &name);
        emit_op_short(p, OP_IMPORT_NAME, member);
        declare_variable(p, name);
        define_variable(p, member);
        skip_newlines(p);
      } while (parser_match(p, TOK_COMMA));
    }
    skip_newlines(p);
    parser_consume(p, TOK_RIGHT_BRACE, "expected '}' after the imported names");
    emit_op(p, OP_POP);
  } else {
    declare_variable(p, last);
    define_variable(p, identifier_constant(p, &last));
  }
  end_statement(p);
}

static ObjFunction *compile_module(VM *vm, ObjModule *module, const char *source, bool repl,
                                   DocCollector *docs, char error[COMPILE_ERROR_MAX]) {
  Parser p;
  memset(&p, 0, sizeof p);
  p.vm = vm;
  p.error = error;
  p.error[0] = '\0';
  p.module = module;
  p.repl = repl;
  p.docs = docs;
  p.path = module->path ? module->path->chars : "<script>";
  scanner_init(&p.scanner, source);
  Compiler c;
  compiler_begin(&p, &c, FN_SCRIPT, synthetic_token(""));
  c.function->name = module->name;
  parser_advance(&p);
  skip_separators(&p);
  while (!parser_match(&p, TOK_EOF) && !p.had_error) {
    declaration(&p);
    skip_separators(&p);
  }
  ObjFunction *function = compiler_end(&p);
  if (docs && p.scanner.module_doc) {
    Token module_doc = {TOK_EOF, NULL, 0, 0, 0, p.scanner.module_doc, p.scanner.module_doc_length};
    record_doc(&p, DOC_MODULE, NULL, &module_doc, NULL, 0);
  }
  return p.had_error ? NULL : function;
}

ObjFunction *compile(VM *vm, ObjModule *module, const char *source, bool repl,
                     char error[COMPILE_ERROR_MAX]) {
  return compile_module(vm, module, source, repl, NULL, error);
}

bool compile_docs(VM *vm, ObjModule *module, const char *source, DocCollector *docs,
                  char error[COMPILE_ERROR_MAX]) {
  return compile_module(vm, module, source, false, docs, error) != NULL;
}
