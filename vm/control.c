/* Control-flow statements: if, the loops (while, do-while, iter, for),
 * using, break and continue, return, try/catch/finally, raise and assert. */
#include "compiler_internal.h"

/* An else-if chain is compiled in a loop, not by recursion, so it may be
 * of any length. The jumps to its end are threaded through their own
 * operands (each holds the distance back to the one before, 0 for none)
 * until the end is known. */
void if_statement(Parser *p) {
  int pending = -1;
  for (;;) {
    expression(p);
    int then_jump = emit_jump(p, OP_POP_JUMP_IF_FALSE);
    block_or_statement(p);
    if (!peek_past_newlines(p, TOK_ELSE)) {
      patch_jump(p, then_jump);
      break;
    }
    skip_newlines(p);
    parser_advance(p);
    int else_jump = emit_jump(p, OP_JUMP);
    int link = pending < 0 ? 0 : else_jump - pending;
    if (link > UINT16_MAX) {
      parser_error(p, "too much code to jump over");
      return;
    }
    write_short(p, else_jump, (uint16_t)link);
    pending = else_jump;
    patch_jump(p, then_jump);
    if (!parser_match(p, TOK_IF)) {
      block_or_statement(p);
      break;
    }
  }
  int end = mark_target(p);
  while (pending >= 0) {
    const uint8_t *operand = &current_chunk(p)->code[pending];
    int link = operand[0] << 8 | operand[1];
    patch_jump_to(p, pending, end);
    pending = link ? pending - link : -1;
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

void while_statement(Parser *p) {
  int loop_start = mark_target(p);
  Loop loop;
  loop_begin(p, &loop, loop_start);
  expression(p);
  /* `while true` tests nothing: it ends only by break, return or raise. */
  int at, exit_jump = -1;
  if (last_op_is(p, OP_TRUE, &at) && at == loop_start) {
    drop_code_from(p, at);
    adjust_depth(p, -1);
  } else {
    exit_jump = emit_jump(p, OP_POP_JUMP_IF_FALSE);
  }
  block_or_statement(p);
  emit_loop(p, loop_start);
  if (exit_jump >= 0) patch_jump(p, exit_jump);
  loop_end(p, &loop);
}

void do_while_statement(Parser *p) {
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
void iter_statement(Parser *p) {
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
    drop_code_from(p, loop_start);
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
void for_statement(Parser *p) {
  int line = p->previous.line; /* of 'for': an iterable over lines does not move it */
  begin_scope(p);
  parser_consume(p, TOK_IDENTIFIER, "expected a variable name after 'for'");
  Token first = p->previous, second = first;
  bool two = parser_match(p, TOK_COMMA);
  if (two) {
    skip_newlines(p); /* a line may end with the comma */
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
  p->emit_line = line;
  emit_op_arg(p, OP_FOR_ITER, (uint8_t)base);
  int exit_jump = current_chunk(p)->count;
  emit_short(p, 0xffff);
  p->emit_line = 0;
  block_or_statement(p);
  emit_loop(p, loop_start);
  patch_jump(p, exit_jump);
  loop_end(p, &loop);
  end_scope(p);
}

void using_statement(Parser *p) {
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
void loop_jump(Parser *p, bool is_break) {
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

void return_statement(Parser *p) {
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
      catch_all = true; /* of everything but a KeyboardInterrupt */
      emit_op_arg(p, OP_GET_LOCAL, exc_slot);
      emit_op(p, OP_PASS_INTERRUPT);
      emit_op(p, OP_POP);
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

void try_statement(Parser *p) {
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
void catch_as_statement(Parser *p) {
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
  emit_op(p, OP_PASS_INTERRUPT); /* nil, or what the block raised */
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

void raise_statement(Parser *p) {
  int line = p->previous.line; /* of 'raise', where an exception over lines begins */
  expression(p);
  emit_op_at(p, OP_RAISE, line);
  end_statement(p);
}

void assert_statement(Parser *p) {
  int line = p->previous.line; /* of 'assert' */
  expression(p);
  bool has_message = parser_match(p, TOK_COMMA);
  if (has_message) {
    skip_newlines(p);
    expression(p);
  }
  p->emit_line = line;
  emit_op_arg(p, OP_ASSERT, has_message);
  p->emit_line = 0;
  adjust_depth(p, has_message ? -2 : -1);
  end_statement(p);
}
