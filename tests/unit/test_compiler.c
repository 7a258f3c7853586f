/* The compiler: the instruction sequences small programs compile to
 * (including the peephole fusions), constant sharing, and syntax errors
 * with their line numbers. */
#include <criterion/criterion.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler.h"
#include "doc.h"
#include "memory.h"
#include "test_support.h"

TestSuite(compiler, .init = test_vm_setup, .fini = test_vm_teardown);

static ObjFunction *compile_bytes(const char *source, size_t length, char *error) {
  VM *vm = test_vm;
  ObjModule *module = new_module(vm, copy_cstring(vm, "test"), copy_cstring(vm, "test.b"));
  vm_push(vm, OBJ_VAL(module));
  ObjFunction *fn = compile(vm, module, source, length, false, error);
  if (fn) vm_push(vm, OBJ_VAL(fn));
  return fn;
}

static ObjFunction *compile_text(const char *source, char *error) {
  return compile_bytes(source, strlen(source), error);
}

/* Checks the opcodes of source's top-level code, ending with -1. */
static void expect_ops(const char *source, ...) {
  char error[COMPILE_ERROR_MAX];
  ObjFunction *fn = compile_text(source, error);
  cr_assert_not_null(fn, "%s: %s", source, error);
  va_list ap;
  va_start(ap, source);
  int offset = 0, index = 0;
  for (int expected = va_arg(ap, int); expected != -1; expected = va_arg(ap, int), index++) {
    cr_assert_lt(offset, fn->chunk.count, "%s: code ends before op %d", source, index);
    int op = fn->chunk.code[offset];
    cr_assert_eq(op, expected, "%s: op %d is %s, expected %s", source, index, op_names[op],
                 op_names[expected]);
    offset += 1 + op_operand_bytes[op];
  }
  va_end(ap);
  cr_assert_eq(offset, fn->chunk.count, "%s: more code than expected", source);
}

static void expect_error(const char *source, const char *text) {
  char error[COMPILE_ERROR_MAX];
  cr_assert_null(compile_text(source, error), "%s should not compile", source);
  cr_assert(strstr(error, text) != NULL, "%s: error '%s' lacks '%s'", source, error, text);
}

Test(compiler, arithmetic_statement) {
  expect_ops("1 + 2 * 300", OP_SMALL_INT, OP_SMALL_INT, OP_CONSTANT, OP_MULTIPLY, OP_ADD,
             OP_POP, OP_NIL, OP_RETURN, -1);
}

Test(compiler, power_binds_tighter_than_unary_minus_operand) {
  expect_ops("-2 ** 2", OP_SMALL_INT, OP_NEGATE, OP_SMALL_INT, OP_POWER, OP_POP, OP_NIL,
             OP_RETURN, -1);
}

Test(compiler, globals_and_locals) {
  expect_ops("var x = 1", OP_SMALL_INT, OP_DEFINE_GLOBAL, OP_NIL, OP_RETURN, -1);
  expect_ops("{ var i = 0\n i += 1\n i = 5 }", OP_SMALL_INT, OP_INC_LOCAL, OP_SMALL_INT,
             OP_SET_LOCAL_POP, OP_POP, OP_NIL, OP_RETURN, -1);
  expect_ops("{ var s = 0\n var i = 1\n s += i\n s -= i }", OP_SMALL_INT, OP_SMALL_INT,
             OP_ADD_LOCAL, OP_GET_LOCAL2, OP_SUBTRACT, OP_SET_LOCAL_POP, OP_POPN, OP_NIL,
             OP_RETURN, -1);
}

Test(compiler, comparison_fuses_with_jump) {
  expect_ops("while x < y {}", OP_GET_GLOBAL, OP_GET_GLOBAL, OP_JUMP_IF_NOT_LESS, OP_LOOP,
             OP_NIL, OP_RETURN, -1);
  expect_ops("while x < 3 {}", OP_GET_GLOBAL, OP_JUMP_IF_NOT_LESS_SMALL, OP_LOOP, OP_NIL,
             OP_RETURN, -1);
  expect_ops("if x >= 256 {}", OP_GET_GLOBAL, OP_CONSTANT, OP_JUMP_IF_NOT_GREATER_EQUAL, OP_NIL,
             OP_RETURN, -1);
  expect_ops("if x == 3 {}", OP_GET_GLOBAL, OP_SMALL_INT, OP_JUMP_IF_NOT_EQUAL, OP_NIL,
             OP_RETURN, -1);
}

Test(compiler, small_integer_operands_fuse) {
  expect_ops("x[2] + 1 - 3", OP_GET_GLOBAL, OP_GET_INDEX_INT, OP_ADD_SMALL, OP_SUBTRACT_SMALL,
             OP_POP, OP_NIL, OP_RETURN, -1);
  expect_ops("x * 2", OP_GET_GLOBAL, OP_SMALL_INT, OP_MULTIPLY, OP_POP, OP_NIL, OP_RETURN, -1);
}

Test(compiler, small_integer_not_fused_across_a_jump_target) {
  expect_ops("if a < (b or 2) {}", OP_GET_GLOBAL, OP_GET_GLOBAL, OP_JUMP_IF_TRUE, OP_POP,
             OP_SMALL_INT, OP_JUMP_IF_NOT_LESS, OP_NIL, OP_RETURN, -1);
  expect_ops("a + (b or 1)", OP_GET_GLOBAL, OP_GET_GLOBAL, OP_JUMP_IF_TRUE, OP_POP,
             OP_SMALL_INT, OP_ADD, OP_POP, OP_NIL, OP_RETURN, -1);
}

Test(compiler, iter_runs_step_then_condition_then_body) {
  expect_ops("{ iter var i = 0; i < n; i++ { echo i } }", OP_SMALL_INT, OP_JUMP, OP_INC_LOCAL,
             OP_GET_LOCAL, OP_GET_GLOBAL, OP_JUMP_IF_NOT_LESS, OP_GET_LOCAL, OP_ECHO, OP_LOOP,
             OP_POP, OP_NIL, OP_RETURN, -1);
  expect_ops("{ iter var i = 0; i < 3; { i++ } }", OP_SMALL_INT, OP_GET_LOCAL,
             OP_JUMP_IF_NOT_LESS_SMALL, OP_INC_LOCAL, OP_LOOP, OP_POP, OP_NIL, OP_RETURN, -1);
}

Test(compiler, while_true_tests_nothing) {
  expect_ops("while true { break }", OP_JUMP, OP_LOOP, OP_NIL, OP_RETURN, -1);
  expect_ops("while true and x {}", OP_TRUE, OP_JUMP_IF_FALSE, OP_POP, OP_GET_GLOBAL,
             OP_POP_JUMP_IF_FALSE, OP_LOOP, OP_NIL, OP_RETURN, -1);
}

Test(compiler, and_result_is_not_fused_across_a_jump_target) {
  expect_ops("if a and b < c {}", OP_GET_GLOBAL, OP_JUMP_IF_FALSE, OP_POP, OP_GET_GLOBAL,
             OP_GET_GLOBAL, OP_LESS, OP_POP_JUMP_IF_FALSE, OP_NIL, OP_RETURN, -1);
}

Test(compiler, adjacent_locals_fuse_but_not_across_statements) {
  expect_ops("{ var a = 1\n var b = a\n b += 1\n echo a + b }", OP_SMALL_INT, OP_GET_LOCAL,
             OP_INC_LOCAL, OP_GET_LOCAL2, OP_ADD, OP_ECHO, OP_POPN, OP_NIL, OP_RETURN, -1);
}

Test(compiler, collections_and_interpolation) {
  expect_ops("[1, 2]", OP_SMALL_INT, OP_SMALL_INT, OP_LIST, OP_POP, OP_NIL, OP_RETURN, -1);
  expect_ops("x = {a: 1}", OP_CONSTANT, OP_SMALL_INT, OP_DICT, OP_SET_GLOBAL, OP_POP, OP_NIL,
             OP_RETURN, -1);
  expect_ops("'a${x}'", OP_CONSTANT, OP_GET_GLOBAL, OP_INTERPOLATE, OP_POP, OP_NIL,
             OP_RETURN, -1);
}

Test(compiler, shares_equal_constants) {
  char error[COMPILE_ERROR_MAX];
  ObjFunction *fn = compile_text("'abc' + 'abc' + 1.5 + 1.5", error);
  cr_assert_not_null(fn);
  cr_assert_eq(fn->chunk.constants.count, 2);
}

Test(compiler, records_source_lines) {
  char error[COMPILE_ERROR_MAX];
  ObjFunction *fn = compile_text("a\n\nb", error);
  cr_assert_eq(fn->chunk.lines[0], 1);
  cr_assert_eq(fn->chunk.lines[4], 3);
}

/* The line of the first instruction op in fn, checking on the way that
 * every instruction's bytes share one line (the VM reports an error at
 * the line of the last byte it read, which may be an operand). */
static int line_of_op(ObjFunction *fn, OpCode op) {
  for (int offset = 0, size; offset < fn->chunk.count; offset += size) {
    size = 1 + op_operand_bytes[fn->chunk.code[offset]];
    for (int i = 1; i < size; i++)
      cr_assert_eq(fn->chunk.lines[offset + i], fn->chunk.lines[offset], "%s at %d spans lines",
                   op_names[fn->chunk.code[offset]], offset);
    if (fn->chunk.code[offset] == op) return fn->chunk.lines[offset];
  }
  cr_assert_fail("no %s", op_names[op]);
  return 0;
}

/* An instruction after an operand over several lines is at the line of
 * its operator, target or keyword, fused or not, not at the operand's end. */
Test(compiler, instructions_take_their_operator_line) {
  static const struct {
    const char *source;
    OpCode op;
    int line;
  } cases[] = {
      {"x = [\n1,\n2]", OP_SET_GLOBAL, 1},
      {"x += [\n1]", OP_ADD, 1},
      {"{ var l = 0\n l += [\n1] }", OP_SET_LOCAL_POP, 2},
      {"{ var l = 0\n l +=\n 1 }", OP_INC_LOCAL, 2},
      {"o.p = [\n1]", OP_SET_PROPERTY, 1},
      {"o[0] = [\n1]", OP_SET_INDEX, 1},
      {"o[\n0]", OP_GET_INDEX_INT, 1},
      {"x +\n 5", OP_ADD_SMALL, 1},
      {"x *\n y", OP_MULTIPLY, 1},
      {"-(\nx)", OP_NEGATE, 1},
      {"if x <\n 3 {}", OP_JUMP_IF_NOT_LESS_SMALL, 1},
      {"if x ==\n y {}", OP_JUMP_IF_NOT_EQUAL, 1},
      {"raise E(\n1)", OP_RAISE, 1},
      {"echo [\n1]", OP_ECHO, 1},
      {"for v in [\n1] {}", OP_FOR_ITER, 1},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char error[COMPILE_ERROR_MAX];
    ObjFunction *fn = compile_text(cases[i].source, error);
    cr_assert_not_null(fn, "%s: %s", cases[i].source, error);
    cr_assert_eq(line_of_op(fn, cases[i].op), cases[i].line, "%s: %s", cases[i].source,
                 op_names[cases[i].op]);
  }
}

Test(compiler, syntax_errors_name_the_line) {
  expect_error("var x = ", "test.b:1: SyntaxError: expected an expression");
  expect_error("\n\nif x {", "test.b:3: SyntaxError: expected '}' to close the block");
  expect_error("1 = 2", "invalid assignment target");
  expect_error("break", "'break' outside a loop");
  expect_error("'\\q'", "invalid escape sequence '\\q'");
  expect_error("def f(a = 1, b) {}", "without a default cannot follow");
  expect_error("{ var a = 1\n var a = 2 }", "already declared in this scope");
  expect_error("return 1 2", "expected a newline or ';'");
  expect_error("'abc", "unterminated string");
}

/* A NUL byte is a byte of a string literal and a syntax error at its line
 * anywhere else; the source is its length, not its first NUL. */
Test(compiler, nul_bytes_by_where_they_are) {
  char error[COMPILE_ERROR_MAX];
  static const char in_string[] = "'a\0b'";
  ObjFunction *fn = compile_bytes(in_string, sizeof in_string - 1, error);
  cr_assert_not_null(fn, "%s", error);
  ObjString *s = AS_STRING(fn->chunk.constants.values[0]);
  cr_assert_eq(s->length, 3);
  cr_assert(memcmp(s->chars, "a\0b", 3) == 0);
#define BYTES(text) {text, sizeof text - 1}
  static const struct {
    const char *text;
    size_t length;
  } outside[] = {BYTES("x\n\n1 \0 2"), BYTES("1\n\n# a \0 comment"), BYTES("1\n\n/* \0 */"),
                 BYTES("1\n\nx = \0")};
#undef BYTES
  for (size_t i = 0; i < sizeof outside / sizeof outside[0]; i++) {
    cr_assert_null(compile_bytes(outside[i].text, outside[i].length, error), "case %zu compiled", i);
    cr_assert_str_eq(error, "test.b:3: SyntaxError: unexpected NUL byte", "case %zu", i);
  }
  static const char after_end[] = "var x = 1 +";
  cr_assert_null(compile_bytes(after_end, sizeof after_end - 1, error));
  cr_assert(strstr(error, "got end of file") != NULL, "%s", error);
  cr_assert_null(compile_bytes("'\\\0'", 4, error));
  cr_assert(strstr(error, "test.b:1: SyntaxError: invalid escape sequence: '\\' before byte 0x00"),
            "%s", error);
}

Test(compiler, keeps_doc_comments_for_the_reference) {
  VM *vm = test_vm;
  const char *source = "/** The module. */\n"
                       "/** The second doc: the class's. */\n"
                       "class Box < Base {\n"
                       "  /** The content. */\n"
                       "  var item\n"
                       "  /** put(x) -> nil\n   * Stores x. */\n"
                       "  put(x, y = 2) { self.item = x }\n"
                       "  _hidden() {}\n"
                       "}\n"
                       "/** A helper. */\n"
                       "def helper(a,\n    b) { }\n"
                       "def undocumented() { }\n";
  ObjModule *module = new_module(vm, copy_cstring(vm, "m"), copy_cstring(vm, "m.b"));
  vm_push(vm, OBJ_VAL(module));
  DocCollector docs = {NULL, 0, 0};
  char error[COMPILE_ERROR_MAX];
  cr_assert(compile_docs(vm, module, source, strlen(source), &docs, error), "%s", error);
  const char *expected[][4] = {
      {"class", "", "Box", "Base"}, {"field", "Box", "item", ""}, {"method", "Box", "put", "x, y = 2"},
      {"function", "", "helper", "a, b"}, {"function", "", "undocumented", ""}, {"module", "", "", ""},
  };
  static const char *const kinds[] = {"module", "function", "class", "method", "field"};
  cr_assert_eq(docs.count, 6);
  for (int i = 0; i < 6; i++) {
    DocEntry *e = &docs.entries[i];
    cr_assert_str_eq(kinds[e->kind], expected[i][0]);
    cr_assert_str_eq(e->owner, expected[i][1]);
    cr_assert_str_eq(e->name, expected[i][2]);
    if (e->kind == DOC_CLASS) cr_assert_str_eq(e->parent, expected[i][3]);
    else cr_assert_str_eq(e->params, expected[i][3]);
  }
  cr_assert(strncmp(docs.entries[5].text, " The module.", 12) == 0);
  cr_assert(strncmp(docs.entries[0].text, " The second doc", 15) == 0);
  cr_assert_null(docs.entries[4].text);
  doc_collector_free(&docs);
}

/* A doc comment's text as the reference shows it: without the " * " on
 * each line, or without the indentation that undecorated lines share, so
 * that an example keeps its own indentation either way. */
Test(compiler, doc_comment_text_keeps_an_example_s_indentation) {
  const char *cases[][2] = {
      {" Decorated.\n   * Example:\n   *   indented\n   ", "Decorated.\nExample:\n  indented"},
      {" Plain.\n    Example:\n        var x = 1\n\n    done\n  ",
       "Plain.\nExample:\n    var x = 1\ndone"},
      {"\n  Starts on the next line.\n    indented\n", "Starts on the next line.\n  indented"},
      {" One line. ", "One line."},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    StrBuf text;
    strbuf_init(&text);
    doc_comment_text(&text, cases[i][0], (int)strlen(cases[i][0]));
    cr_assert_str_eq(text.data ? text.data : "", cases[i][1], "case %zu", i);
    strbuf_free(&text);
  }
}

/* After a syntax error the parser's tokens may point anywhere (found by
 * the compile fuzz target: a method without '(' had its parameters'
 * text measured from an unrelated token). */
Test(compiler, no_doc_is_recorded_after_a_syntax_error) {
  VM *vm = test_vm;
  ObjModule *module = new_module(vm, copy_cstring(vm, "test"), copy_cstring(vm, "test.b"));
  vm_push(vm, OBJ_VAL(module));
  DocCollector docs = {NULL, 0, 0};
  char error[COMPILE_ERROR_MAX];
  const char *broken = "class V {\n  # A method.\n  broken rb = 0\n}\n";
  cr_assert_not(compile_docs(vm, module, broken, strlen(broken), &docs, error));
  for (int i = 0; i < docs.count; i++)
    cr_assert_str_neq(docs.entries[i].name, "broken", "recorded: %s(%s)", docs.entries[i].name,
                      docs.entries[i].params);
  doc_collector_free(&docs);
}

/* `start`, then `open` n times, `middle`, and `close` n times */
static char *nested(const char *start, const char *open, const char *middle,
                    const char *close, int n) {
  size_t size = strlen(start) + (strlen(open) + strlen(close)) * (size_t)n + strlen(middle) + 1;
  char *text = malloc(size), *at = text;
  at += sprintf(at, "%s", start);
  for (int i = 0; i < n; i++) at += sprintf(at, "%s", open);
  at += sprintf(at, "%s", middle);
  for (int i = 0; i < n; i++) at += sprintf(at, "%s", close);
  return text;
}

/* Nesting is recursion in the compiler: deep enough, it would overflow
 * the C stack; instead it is a syntax error. */
Test(compiler, deep_nesting_is_a_syntax_error_not_a_crash) {
  static const char *const shapes[][4] = {
      {"echo ", "(", "1", ")"},           {"echo ", "[", "1", "]"},
      {"echo ", "{a: ", "1", "}"},        {"", "if true {", "", "}"},
      {"", "if true ", "echo 1", ""},     {"", "while false {", "", "}"},
      {"", "def f() {", "", "}"},         {"echo ", "@{ return ", "1", "}"},
      {"", "{", "", "}"},                 {"class A { m() {", "var f = @{", "", "}"},
      {"echo ", "-(", "1", ")"},          {"echo ", "1 + (", "1", ")"},
      {"echo ", "f(", "1", ")"},          {"echo ", "a[", "1", "]"},
  };
  for (size_t i = 0; i < sizeof shapes / sizeof shapes[0]; i++) {
    const char *const *shape = shapes[i];
    char *source = nested(shape[0], shape[1], shape[2], shape[3], 100000);
    expect_error(source, "nested too deeply");
    free(source);
  }
}

Test(compiler, reasonable_nesting_and_long_else_if_chains_compile) {
  char error[COMPILE_ERROR_MAX];
  char *lambdas = nested("echo ", "@{ return ", "1", "}", 60);
  cr_assert_not_null(compile_text(lambdas, error), "%s", error);
  free(lambdas);
  char *parens = nested("", "(", "1", ")", 150);
  cr_assert_not_null(compile_text(parens, error), "%s", error);
  free(parens);
  char *chain = nested("", "if false {} else ", "{}", "", 3000);
  cr_assert_not_null(compile_text(chain, error), "%s", error);
  free(chain);
}

/* first, then `each` (a printf format taking the count so far) n times,
 * then last. */
static char *repeated(const char *first, const char *each, const char *last, int n) {
  size_t size = strlen(first) + (strlen(each) + 24) * (size_t)n + strlen(last) + 1;
  char *text = malloc(size), *at = text;
  at += sprintf(at, "%s", first);
  for (int i = 0; i < n; i++) at += sprintf(at, each, i, i);
  sprintf(at, "%s", last);
  return text;
}

/* The limits language.md states are syntax errors that name them. */
Test(compiler, code_size_limits_are_named_syntax_errors) {
  char *cases = repeated("using 3 {\n", "when %d { echo %d }\n", "}\n", 65);
  expect_error(cases, "too many 'when' cases");
  free(cases);
  char *chain = repeated("var x = 0\nif x == 0 {}\n", "else if x == %d { echo %d }\n", "", 6000);
  expect_error(chain, "too much code to jump over");
  free(chain);
  char *literals = repeated("var a = [0", ", %d.5 + %d", "]\n", 70000);
  expect_error(literals, "too many constants in one function");
  free(literals);
}
