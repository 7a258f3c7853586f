/* Expressions: a Pratt parser with one function per grammar rule and a
 * table from token to prefix rule, infix rule and precedence. Literals,
 * string escapes and interpolation, operators, calls, properties,
 * indexing, collections and anonymous functions. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include "compiler_internal.h"
#include "memory.h"
#include "lib_utf8.h"

typedef enum {
  PREC_NONE,
  PREC_ASSIGNMENT, /* = += ... */
  PREC_TERNARY,    /* ?: */
  PREC_OR,
  PREC_AND,
  PREC_EQUALITY,   /* == != */
  PREC_COMPARISON, /* < > <= >= */
  PREC_BIT_OR,
  PREC_BIT_XOR,
  PREC_BIT_AND,
  PREC_SHIFT,      /* << >> >>> */
  PREC_RANGE,      /* .. */
  PREC_TERM,       /* + - */
  PREC_FACTOR,     /* * / % // */
  PREC_POWER,      /* ** (right associative) */
  PREC_UNARY,      /* ! - ~ */
  PREC_CALL,       /* . () [] */
  PREC_PRIMARY,
} Precedence;

typedef void (*ParseFn)(Parser *p, bool can_assign);

typedef struct {
  ParseFn prefix;
  ParseFn infix;
  Precedence precedence;
} ParseRule;

static const ParseRule *get_rule(TokenType type);
static void parse_precedence(Parser *p, Precedence precedence);
static void parse_operators(Parser *p, Precedence precedence);

void expression(Parser *p) { parse_precedence(p, PREC_ASSIGNMENT); }

/* ---- literals ---- */

static double parse_number(Parser *p, const Token *t) {
  char digits[128];
  int n = 0;
  for (int i = 0; i < t->length && n < (int)sizeof digits - 1; i++)
    if (t->start[i] != '_') digits[n++] = t->start[i];
  digits[n] = '\0';
  if (n > 2 && digits[0] == '0' && digits[1] != '.' && digits[1] != 'e' && digits[1] != 'E') {
    int base = (digits[1] | 0x20) == 'x' ? 16 : (digits[1] | 0x20) == 'b' ? 2 : 8;
    errno = 0;
    unsigned long long v = strtoull(digits + 2, NULL, base);
    if (errno == ERANGE) parser_error(p, "number literal too large");
    return (double)v;
  }
  return strtod(digits, NULL);
}

static void number(Parser *p, bool can_assign) {
  (void)can_assign;
  emit_constant(p, NUMBER_VAL(parse_number(p, &p->previous)));
}

static int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* Decodes \u{H..} or \uHHHH at src (after the 'u'); returns chars used. */
static int unicode_escape(Parser *p, const char *src, const char *end, char *out, int *written) {
  uint32_t cp = 0;
  int used = 0, digits = 0;
  if (src < end && *src == '{') {
    used = 1;
    while (src + used < end && src[used] != '}' && digits < 7) {
      int v = hex_value(src[used]);
      if (v < 0) break;
      cp = cp * 16 + (uint32_t)v;
      used++, digits++;
    }
    if (src + used >= end || src[used] != '}' || digits == 0) {
      parser_error(p, "invalid \\u{...} escape: expected hex digits and '}'");
      return used;
    }
    used++;
  } else {
    for (; used < 4; used++) {
      int v = src + used < end ? hex_value(src[used]) : -1;
      if (v < 0) {
        parser_error(p, "invalid \\u escape: expected 4 hex digits or {...}");
        return used;
      }
      cp = cp * 16 + (uint32_t)v;
    }
  }
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    parser_error(p, "invalid \\u escape: not a Unicode code point");
    return used;
  }
  *written = utf8_encode(cp, out);
  return used;
}

ObjString *string_from_token(Parser *p, const Token *token) {
  const char *src = token->start, *end = token->start + token->length;
  char *buffer = malloc((size_t)token->length + 1);
  if (buffer == NULL) { parser_error(p, "out of memory"); return copy_string(p->vm, "", 0); }
  int n = 0;
  while (src < end) {
    if (*src != '\\') { buffer[n++] = *src++; continue; }
    src++;
    char c = *src++;
    switch (c) {
    case 'n': buffer[n++] = '\n'; break;
    case 't': buffer[n++] = '\t'; break;
    case 'r': buffer[n++] = '\r'; break;
    case '0': buffer[n++] = '\0'; break;
    case 'a': buffer[n++] = '\a'; break;
    case 'b': buffer[n++] = '\b'; break;
    case 'f': buffer[n++] = '\f'; break;
    case 'v': buffer[n++] = '\v'; break;
    case 'e': buffer[n++] = '\x1b'; break;
    case '\\': case '\'': case '"': case '$': buffer[n++] = c; break;
    case '\n': break; /* a backslash before a newline joins the lines */
    case 'x': {
      int hi = src < end ? hex_value(src[0]) : -1;
      int lo = src + 1 < end ? hex_value(src[1]) : -1;
      if (hi < 0 || lo < 0) parser_error(p, "invalid \\x escape: expected 2 hex digits");
      else buffer[n++] = (char)(hi * 16 + lo), src += 2;
      break;
    }
    case 'u': {
      int written = 0;
      src += unicode_escape(p, src, end, buffer + n, &written);
      n += written;
      break;
    }
    default: {
      char message[64];
      if (c > ' ' && c < 127)
        snprintf(message, sizeof message, "invalid escape sequence '\\%c'", c);
      else /* a control byte, a NUL or part of a UTF-8 character */
        snprintf(message, sizeof message, "invalid escape sequence: '\\' before byte 0x%02x",
                 (uint8_t)c);
      parser_error(p, message);
    }
    }
  }
  ObjString *s = copy_string(p->vm, buffer, n);
  free(buffer);
  return s;
}

static void string_constant(Parser *p, const Token *token) {
  ObjString *s = string_from_token(p, token);
  vm_push(p->vm, OBJ_VAL(s));
  emit_op_short(p, OP_CONSTANT, make_constant(p, OBJ_VAL(s)));
  vm_pop(p->vm);
}

static void string(Parser *p, bool can_assign) {
  (void)can_assign;
  string_constant(p, &p->previous);
}

/* Joins the parts on the stack, at the line where the string opens (a
 * part's @to_string may raise). */
static void join_parts(Parser *p, int parts, int line) {
  p->emit_line = line;
  emit_op_arg(p, OP_INTERPOLATE, (uint8_t)parts);
  p->emit_line = 0;
  adjust_depth(p, 1 - parts);
}

/* 'a ${x} b ${y}': parts and expressions, joined by OP_INTERPOLATE. */
static void interpolation(Parser *p, bool can_assign) {
  (void)can_assign;
  int parts = 0;
  int saved_group = p->group_depth;
  int line = p->previous.line;
  p->group_depth = 0;
  do {
    if (p->previous.length > 0) string_constant(p, &p->previous), parts++;
    expression(p);
    parts++;
    if (parts > 250) {
      join_parts(p, parts, line);
      parts = 1;
    }
    parser_advance(p);
  } while (p->previous.type == TOK_STRING_PART && !p->had_error);
  if (p->previous.type != TOK_STRING) {
    parser_error(p, "expected '}' to end the interpolation");
    return;
  }
  if (p->previous.length > 0) string_constant(p, &p->previous), parts++;
  join_parts(p, parts, line);
  p->group_depth = saved_group;
}

static void literal(Parser *p, bool can_assign) {
  (void)can_assign;
  switch (p->previous.type) {
  case TOK_NIL: emit_op(p, OP_NIL); break;
  case TOK_TRUE: emit_op(p, OP_TRUE); break;
  case TOK_FALSE: emit_op(p, OP_FALSE); break;
  default: break;
  }
}

/* ---- operators ---- */

static void grouping(Parser *p, bool can_assign) {
  (void)can_assign;
  p->group_depth++;
  skip_newlines(p);
  expression(p);
  skip_newlines(p);
  p->group_depth--;
  parser_consume(p, TOK_RIGHT_PAREN, "expected ')' after the expression");
}

static void unary(Parser *p, bool can_assign) {
  (void)can_assign;
  TokenType op = p->previous.type;
  int line = p->previous.line; /* of the operator, where an operand over lines begins */
  skip_newlines(p);
  parse_precedence(p, PREC_UNARY);
  emit_op_at(p, op == TOK_MINUS ? OP_NEGATE : op == TOK_BANG ? OP_NOT : OP_BIT_NOT, line);
}

static OpCode binary_op(TokenType type) {
  switch (type) {
  case TOK_PLUS: return OP_ADD;
  case TOK_MINUS: return OP_SUBTRACT;
  case TOK_STAR: return OP_MULTIPLY;
  case TOK_SLASH: return OP_DIVIDE;
  case TOK_PERCENT: return OP_MODULO;
  case TOK_SLASH_SLASH: return OP_FLOOR_DIVIDE;
  case TOK_STAR_STAR: return OP_POWER;
  case TOK_AMP: return OP_BIT_AND;
  case TOK_PIPE: return OP_BIT_OR;
  case TOK_CARET: return OP_BIT_XOR;
  case TOK_LESS_LESS: return OP_SHIFT_LEFT;
  case TOK_GREATER_GREATER: return OP_SHIFT_RIGHT;
  case TOK_GREATER_GREATER_GREATER: return OP_SHIFT_URIGHT;
  case TOK_EQUAL_EQUAL: return OP_EQUAL;
  case TOK_BANG_EQUAL: return OP_NOT_EQUAL;
  case TOK_GREATER: return OP_GREATER;
  case TOK_GREATER_EQUAL: return OP_GREATER_EQUAL;
  case TOK_LESS: return OP_LESS;
  case TOK_LESS_EQUAL: return OP_LESS_EQUAL;
  case TOK_DOT_DOT: return OP_RANGE;
  default: return OP_COUNT_;
  }
}

static void binary(Parser *p, bool can_assign) {
  (void)can_assign;
  TokenType op = p->previous.type;
  int line = p->previous.line; /* of the operator, not the right operand's end */
  const ParseRule *rule = get_rule(op);
  skip_newlines(p);
  /* ** is right associative: its right operand may be another **. */
  parse_precedence(p, op == TOK_STAR_STAR ? rule->precedence
                                          : (Precedence)(rule->precedence + 1));
  emit_op_at(p, binary_op(op), line);
}

/* `and` / `or`: the left operand is the result unless the jump falls
 * through to evaluate the right one. */
static void logical(Parser *p, OpCode short_circuit, Precedence precedence) {
  int end_jump = emit_jump(p, short_circuit);
  emit_op(p, OP_POP);
  skip_newlines(p);
  parse_precedence(p, precedence + 1);
  patch_jump(p, end_jump);
}

static void and_(Parser *p, bool can_assign) {
  (void)can_assign;
  logical(p, OP_JUMP_IF_FALSE, PREC_AND);
}

static void or_(Parser *p, bool can_assign) {
  (void)can_assign;
  logical(p, OP_JUMP_IF_TRUE, PREC_OR);
}

static void ternary(Parser *p, bool can_assign) {
  (void)can_assign;
  int else_jump = emit_jump(p, OP_POP_JUMP_IF_FALSE);
  skip_newlines(p);
  parse_precedence(p, PREC_TERNARY);
  int end_jump = emit_jump(p, OP_JUMP);
  skip_newlines(p);
  parser_consume(p, TOK_COLON, "expected ':' in the conditional expression");
  patch_jump(p, else_jump);
  adjust_depth(p, -1);
  skip_newlines(p);
  parse_precedence(p, PREC_TERNARY);
  patch_jump(p, end_jump);
}

/* ---- calls, properties, indexing ---- */

static uint8_t argument_list(Parser *p, TokenType close) {
  int count = 0;
  p->group_depth++;
  skip_newlines(p);
  if (!parser_check(p, close)) {
    do {
      skip_newlines(p);
      if (parser_check(p, close)) break;
      expression(p);
      if (count == 255) parser_error(p, "too many arguments (limit 255)");
      count++;
      skip_newlines(p);
    } while (parser_match(p, TOK_COMMA));
  }
  p->group_depth--;
  parser_consume(p, close, close == TOK_RIGHT_PAREN ? "expected ')' after the arguments"
                                                    : "expected ']' after the items");
  return (uint8_t)count;
}

static void call(Parser *p, bool can_assign) {
  (void)can_assign;
  int line = p->previous.line; /* of the '(' */
  uint8_t argc = argument_list(p, TOK_RIGHT_PAREN);
  p->emit_line = line;
  emit_op_arg(p, OP_CALL, argc);
  p->emit_line = 0;
  adjust_depth(p, -argc);
}

static void emit_invoke(Parser *p, OpCode op, uint16_t name, uint8_t argc) {
  emit_op_short(p, op, name);
  emit_byte(p, argc);
  adjust_depth(p, -argc);
}

static TokenType compound_token(TokenType type) {
  switch (type) {
  case TOK_PLUS_EQUAL: return TOK_PLUS;
  case TOK_MINUS_EQUAL: return TOK_MINUS;
  case TOK_STAR_EQUAL: return TOK_STAR;
  case TOK_SLASH_EQUAL: return TOK_SLASH;
  case TOK_PERCENT_EQUAL: return TOK_PERCENT;
  case TOK_STAR_STAR_EQUAL: return TOK_STAR_STAR;
  case TOK_SLASH_SLASH_EQUAL: return TOK_SLASH_SLASH;
  case TOK_AMP_EQUAL: return TOK_AMP;
  case TOK_PIPE_EQUAL: return TOK_PIPE;
  case TOK_CARET_EQUAL: return TOK_CARET;
  case TOK_LESS_LESS_EQUAL: return TOK_LESS_LESS;
  case TOK_GREATER_GREATER_EQUAL: return TOK_GREATER_GREATER;
  default: return TOK_EOF;
  }
}

/* After GET_x_KEEP: applies `op= rhs` or `++`/`--` to the value on top,
 * at the target's line (not the end of an rhs over lines), which it
 * leaves in emit_line for the store that follows. */
static bool compound_update(Parser *p, int line) {
  TokenType op = compound_token(p->current.type);
  if (op != TOK_EOF) {
    parser_advance(p);
    skip_newlines(p);
    expression(p);
    p->emit_line = line;
    emit_op(p, binary_op(op));
    return true;
  }
  if (parser_check(p, TOK_PLUS_PLUS) || parser_check(p, TOK_MINUS_MINUS)) {
    bool inc = parser_check(p, TOK_PLUS_PLUS);
    parser_advance(p);
    if (!at_statement_level(p))
      parser_error(p, "'++' and '--' are statements: use 'x += 1' inside an expression");
    emit_op_arg(p, OP_SMALL_INT, 1);
    emit_op(p, inc ? OP_ADD : OP_SUBTRACT);
    return true;
  }
  return false;
}

static bool at_update(const Parser *p) {
  return compound_token(p->current.type) != TOK_EOF ||
         p->current.type == TOK_PLUS_PLUS || p->current.type == TOK_MINUS_MINUS;
}

static void dot(Parser *p, bool can_assign) {
  skip_newlines(p);
  parser_consume(p, TOK_IDENTIFIER, "expected a property name after '.'");
  uint16_t name = identifier_constant(p, &p->previous);
  int line = p->previous.line; /* of the name: a value over lines does not move it */
  if (can_assign && parser_match(p, TOK_EQUAL)) {
    skip_newlines(p);
    expression(p);
    p->emit_line = line;
    emit_op_short(p, OP_SET_PROPERTY, name);
  } else if (can_assign && at_update(p)) {
    emit_op_short(p, OP_GET_PROPERTY_KEEP, name);
    compound_update(p, line);
    emit_op_short(p, OP_SET_PROPERTY, name);
  } else if (parser_match(p, TOK_LEFT_PAREN)) {
    int open = p->previous.line; /* of the '(' */
    uint8_t argc = argument_list(p, TOK_RIGHT_PAREN);
    p->emit_line = open;
    emit_invoke(p, OP_INVOKE, name, argc);
  } else {
    emit_op_short(p, OP_GET_PROPERTY, name);
  }
  p->emit_line = 0;
}

static void subscript(Parser *p, bool can_assign) {
  int line = p->previous.line; /* of the '[', as a call is at its '(' */
  p->group_depth++;
  skip_newlines(p);
  bool slice = false;
  if (parser_check(p, TOK_COMMA)) emit_op(p, OP_NIL);
  else expression(p);
  skip_newlines(p);
  if (parser_match(p, TOK_COMMA)) {
    slice = true;
    skip_newlines(p);
    if (parser_check(p, TOK_RIGHT_BRACKET)) emit_op(p, OP_NIL);
    else expression(p);
    skip_newlines(p);
  }
  p->group_depth--;
  parser_consume(p, TOK_RIGHT_BRACKET, "expected ']' after the index");
  if (can_assign && !slice && parser_match(p, TOK_EQUAL)) {
    skip_newlines(p);
    expression(p);
    emit_op_at(p, OP_SET_INDEX, line);
  } else if (can_assign && !slice && at_update(p)) {
    emit_op_at(p, OP_GET_INDEX_KEEP, line);
    compound_update(p, line);
    emit_op(p, OP_SET_INDEX);
    p->emit_line = 0;
  } else {
    emit_op_at(p, slice ? OP_SLICE : OP_GET_INDEX, line);
  }
}

/* ---- names ---- */

static void variable(Parser *p, bool can_assign) {
  named_variable(p, p->previous, can_assign);
}

static void self_(Parser *p, bool can_assign) {
  (void)can_assign;
  if (p->class_compiler == NULL) {
    parser_error(p, "'self' used outside a class");
    return;
  }
  named_variable(p, synthetic_token("self"), false);
}

/* parent.method(...), parent.property, parent(...) (the constructor). */
static void parent_(Parser *p, bool can_assign) {
  (void)can_assign;
  if (p->class_compiler == NULL) {
    parser_error(p, "'parent' used outside a class");
    return;
  }
  if (!p->class_compiler->has_superclass) {
    parser_error(p, "'parent' used in a class with no superclass");
    return;
  }
  uint16_t name;
  bool is_call;
  named_variable(p, synthetic_token("self"), false);
  if (parser_match(p, TOK_LEFT_PAREN)) {
    name = make_constant(p, OBJ_VAL(copy_string(p->vm, "", 0)));
    is_call = true;
  } else {
    parser_consume(p, TOK_DOT, "expected '.' or '(' after 'parent'");
    parser_consume(p, TOK_IDENTIFIER, "expected a method name after 'parent.'");
    name = identifier_constant(p, &p->previous);
    is_call = parser_match(p, TOK_LEFT_PAREN);
  }
  if (is_call) {
    int line = p->previous.line; /* of the '(' */
    uint8_t argc = argument_list(p, TOK_RIGHT_PAREN);
    named_variable(p, synthetic_token("parent"), false);
    p->emit_line = line;
    emit_invoke(p, OP_SUPER_INVOKE, name, argc);
    p->emit_line = 0;
    adjust_depth(p, -1);
  } else {
    named_variable(p, synthetic_token("parent"), false);
    emit_op_short(p, OP_GET_SUPER, name);
  }
}

/* ---- collections and functions ---- */

#define COLLECTION_CHUNK 32

/* Items of a list or dictionary literal, emitted in chunks of
 * COLLECTION_CHUNK: the first chunk creates the collection, the next ones
 * add to it, so a literal of any size stays within the stack. */
static void collection_literal(Parser *p, TokenType close, void (*item)(Parser *),
                               int values_per_item, OpCode create, OpCode add,
                               const char *message) {
  int pending = 0;
  bool created = false;
  p->group_depth++;
  skip_newlines(p);
  while (!parser_check(p, close) && !p->had_error) {
    item(p);
    if (++pending == COLLECTION_CHUNK) {
      emit_op_arg(p, created ? add : create, (uint8_t)pending);
      adjust_depth(p, (created ? 0 : 1) - values_per_item * pending);
      created = true;
      pending = 0;
    }
    skip_newlines(p);
    if (!parser_match(p, TOK_COMMA)) break;
    skip_newlines(p);
  }
  p->group_depth--;
  parser_consume(p, close, message);
  if (!created || pending > 0) {
    emit_op_arg(p, created ? add : create, (uint8_t)pending);
    adjust_depth(p, (created ? 0 : 1) - values_per_item * pending);
  }
}

static void list_literal(Parser *p, bool can_assign) {
  (void)can_assign;
  collection_literal(p, TOK_RIGHT_BRACKET, expression, 1, OP_LIST, OP_LIST_APPEND,
                     "expected ']' after the list items");
}

static void dict_entry(Parser *p) {
  if (parser_check(p, TOK_IDENTIFIER)) {
    parser_advance(p);
    Token name = p->previous;
    emit_op_short(p, OP_CONSTANT, identifier_constant(p, &name));
    if (parser_check(p, TOK_COLON)) {
      parser_advance(p);
      skip_newlines(p);
      expression(p);
    } else {
      named_variable(p, name, false); /* {name} shorthand */
    }
    return;
  }
  expression(p);
  skip_newlines(p);
  parser_consume(p, TOK_COLON, "expected ':' after the dictionary key");
  skip_newlines(p);
  expression(p);
}

static void dict_literal(Parser *p, bool can_assign) {
  (void)can_assign;
  collection_literal(p, TOK_RIGHT_BRACE, dict_entry, 2, OP_DICT, OP_DICT_ADD,
                     "expected '}' after the dictionary entries");
}

static void lambda(Parser *p, bool can_assign) {
  (void)can_assign;
  function_body(p, FN_FUNCTION, synthetic_token("<anonymous>"), NULL);
}

/* ---- the table ---- */

static const ParseRule rules[TOK_COUNT_] = {
    [TOK_LEFT_PAREN] = {grouping, call, PREC_CALL},
    [TOK_LEFT_BRACKET] = {list_literal, subscript, PREC_CALL},
    [TOK_LEFT_BRACE] = {dict_literal, NULL, PREC_NONE},
    [TOK_DOT] = {NULL, dot, PREC_CALL},
    [TOK_DOT_DOT] = {NULL, binary, PREC_RANGE},
    [TOK_MINUS] = {unary, binary, PREC_TERM},
    [TOK_PLUS] = {NULL, binary, PREC_TERM},
    [TOK_STAR] = {NULL, binary, PREC_FACTOR},
    [TOK_SLASH] = {NULL, binary, PREC_FACTOR},
    [TOK_PERCENT] = {NULL, binary, PREC_FACTOR},
    [TOK_SLASH_SLASH] = {NULL, binary, PREC_FACTOR},
    [TOK_STAR_STAR] = {NULL, binary, PREC_POWER},
    [TOK_AMP] = {NULL, binary, PREC_BIT_AND},
    [TOK_PIPE] = {NULL, binary, PREC_BIT_OR},
    [TOK_CARET] = {NULL, binary, PREC_BIT_XOR},
    [TOK_LESS_LESS] = {NULL, binary, PREC_SHIFT},
    [TOK_GREATER_GREATER] = {NULL, binary, PREC_SHIFT},
    [TOK_GREATER_GREATER_GREATER] = {NULL, binary, PREC_SHIFT},
    [TOK_BANG] = {unary, NULL, PREC_NONE},
    [TOK_TILDE] = {unary, NULL, PREC_NONE},
    [TOK_BANG_EQUAL] = {NULL, binary, PREC_EQUALITY},
    [TOK_EQUAL_EQUAL] = {NULL, binary, PREC_EQUALITY},
    [TOK_GREATER] = {NULL, binary, PREC_COMPARISON},
    [TOK_GREATER_EQUAL] = {NULL, binary, PREC_COMPARISON},
    [TOK_LESS] = {NULL, binary, PREC_COMPARISON},
    [TOK_LESS_EQUAL] = {NULL, binary, PREC_COMPARISON},
    [TOK_QUESTION] = {NULL, ternary, PREC_TERNARY},
    [TOK_AND] = {NULL, and_, PREC_AND},
    [TOK_OR] = {NULL, or_, PREC_OR},
    [TOK_IDENTIFIER] = {variable, NULL, PREC_NONE},
    [TOK_STRING] = {string, NULL, PREC_NONE},
    [TOK_STRING_PART] = {interpolation, NULL, PREC_NONE},
    [TOK_NUMBER] = {number, NULL, PREC_NONE},
    [TOK_NIL] = {literal, NULL, PREC_NONE},
    [TOK_TRUE] = {literal, NULL, PREC_NONE},
    [TOK_FALSE] = {literal, NULL, PREC_NONE},
    [TOK_SELF] = {self_, NULL, PREC_NONE},
    [TOK_PARENT] = {parent_, NULL, PREC_NONE},
    [TOK_AT] = {lambda, NULL, PREC_NONE},
};

static const ParseRule *get_rule(TokenType type) { return &rules[type]; }

static bool is_assignment_token(TokenType type) {
  return type == TOK_EQUAL || compound_token(type) != TOK_EOF ||
         type == TOK_PLUS_PLUS || type == TOK_MINUS_MINUS;
}

static void parse_precedence(Parser *p, Precedence precedence) {
  if (!enter_level(p)) return;
  p->expr_depth++;
  parse_operators(p, precedence);
  p->expr_depth--;
  p->levels--;
}

static void parse_operators(Parser *p, Precedence precedence) {
  parser_advance(p);
  ParseFn prefix = get_rule(p->previous.type)->prefix;
  if (prefix == NULL) {
    parser_error(p, "expected an expression");
    return;
  }
  bool can_assign = precedence <= PREC_ASSIGNMENT;
  prefix(p, can_assign);
  for (;;) {
    if (p->group_depth > 0) skip_newlines(p);
    if (precedence > get_rule(p->current.type)->precedence || p->had_error) break;
    parser_advance(p);
    get_rule(p->previous.type)->infix(p, can_assign);
  }
  if (can_assign && is_assignment_token(p->current.type) && !p->had_error)
    parser_error_at(p, &p->current, "invalid assignment target");
}
