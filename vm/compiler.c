/* Compiler: the parser plumbing, functions, the statement and declaration
 * dispatch, imports and the entry point. One pass, no tree: each grammar
 * rule emits its bytecode as it parses. The rest is split by what it
 * compiles: emit.c (bytecode and peephole fusions), variables.c (scopes,
 * locals, upvalues, globals), declarations.c (functions, classes, var,
 * doc records), control.c (control-flow statements), expr.c
 * (expressions). */
#include <stdio.h>

#include "compiler_internal.h"
#include "memory.h"

static void statement(Parser *p);
static void import_statement(Parser *p);

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
void skip_separators(Parser *p) {
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

/* ---- functions ---- */

void compiler_begin(Parser *p, Compiler *c, FunctionKind kind,
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

void emit_return(Parser *p) {
  if (p->compiler->kind == FN_INITIALIZER)
    emit_op_arg(p, OP_GET_LOCAL, 0);
  else
    emit_op(p, OP_NIL);
  emit_op(p, OP_RETURN);
}

ObjFunction *compiler_end(Parser *p) {
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

/* ---- statements ---- */

void end_statement(Parser *p) {
  if (parser_match(p, TOK_NEWLINE) || parser_match(p, TOK_SEMICOLON)) return;
  if (parser_check(p, TOK_RIGHT_BRACE) || parser_check(p, TOK_EOF)) return;
  parser_error_at(p, &p->current, "expected a newline or ';' after the statement");
}

bool at_statement_level(const Parser *p) {
  return p->in_expression_statement && p->expr_depth == 1;
}

/* Compiles an expression whose value the statement discards. */
void discarded_expression(Parser *p) {
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
  int line = p->previous.line; /* of 'echo' (a value's @to_string may raise) */
  expression(p);
  emit_op_at(p, OP_ECHO, line);
  end_statement(p);
}

/* Statements and expressions nest by recursion in the compiler; past this
 * many levels the source is refused instead of overflowing the C stack. */
#define MAX_LEVELS 200

bool enter_level(Parser *p) {
  if (p->levels < MAX_LEVELS) {
    p->levels++;
    return true;
  }
  char message[64];
  snprintf(message, sizeof message, "code nested too deeply (more than %d levels)", MAX_LEVELS);
  parser_error(p, message);
  return false;
}

void block_or_statement(Parser *p) {
  if (parser_match(p, TOK_LEFT_BRACE)) {
    begin_scope(p);
    block(p);
    end_scope(p);
  } else if (enter_level(p)) {
    statement(p);
    p->levels--;
  }
}

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

void declaration(Parser *p) {
  if (!enter_level(p)) return;
  p->compiler->stack_depth = p->compiler->local_count;
  mark_target(p);
  if (parser_match(p, TOK_VAR)) var_declaration(p);
  else if (parser_match(p, TOK_DEF)) def_declaration(p);
  else if (parser_match(p, TOK_CLASS)) class_declaration(p);
  else statement(p);
  p->levels--;
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

static ObjFunction *compile_module(VM *vm, ObjModule *module, const char *source, size_t length,
                                   bool repl, DocCollector *docs, char error[COMPILE_ERROR_MAX]) {
  Parser p;
  memset(&p, 0, sizeof p);
  p.vm = vm;
  p.error = error;
  p.error[0] = '\0';
  p.module = module;
  p.repl = repl;
  p.docs = docs;
  p.path = module->path ? module->path->chars : "<script>";
  scanner_init(&p.scanner, source, length);
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

ObjFunction *compile(VM *vm, ObjModule *module, const char *source, size_t length, bool repl,
                     char error[COMPILE_ERROR_MAX]) {
  return compile_module(vm, module, source, length, repl, NULL, error);
}

bool compile_docs(VM *vm, ObjModule *module, const char *source, size_t length,
                  DocCollector *docs, char error[COMPILE_ERROR_MAX]) {
  return compile_module(vm, module, source, length, false, docs, error) != NULL;
}

