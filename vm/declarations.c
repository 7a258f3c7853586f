/* Declarations: blocks, function parameters and bodies, operator methods,
 * classes and their members, and var; and the record of documented
 * declarations for the docs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler_internal.h"

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


void block(Parser *p) {
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
    /* After an error the parentheses may not be where params points. */
    if (documented != NULL && !p->had_error && (kind != FN_FUNCTION || c.enclosing->enclosing == NULL))
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

void def_declaration(Parser *p) {
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


static void class_member(Parser *p, const Token *class_name) {
  Token first = p->current; /* carries the member's doc comment */
  if (parser_match(p, TOK_DEF)) {
    operator_method(p);
    return;
  }
  bool is_static = parser_match(p, TOK_STATIC);
  if (parser_match(p, TOK_VAR)) {
    for (;;) {
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
      if (!parser_match(p, TOK_COMMA)) break;
      skip_newlines(p); /* a line may end with the comma */
    }
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

void class_declaration(Parser *p) {
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

void var_declaration(Parser *p) {
  for (;;) {
    uint16_t global = parse_variable(p, "expected a variable name after 'var'");
    if (parser_match(p, TOK_EQUAL)) {
      skip_newlines(p);
      expression(p);
    } else {
      emit_op(p, OP_NIL);
    }
    define_variable(p, global);
    if (!parser_match(p, TOK_COMMA)) break;
    skip_newlines(p); /* a line may end with the comma */
  }
  end_statement(p);
}
