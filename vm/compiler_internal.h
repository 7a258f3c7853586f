/* State shared by the compiler's files: the parser, the per-function
 * compiler with its locals, loops and try blocks, and the emit helpers.
 * compiler.c owns functions, scopes and statements; expr.c expressions. */
#ifndef SABRE_VM_COMPILER_INTERNAL_H
#define SABRE_VM_COMPILER_INTERNAL_H

#include "compiler.h"
#include "scanner.h"
#include "vm.h"

#define MAX_LOCALS 256
#define MAX_JUMPS 64

typedef struct {
  Token name;
  int depth; /* -1 while its initializer is being compiled */
  bool captured;
} Local;

typedef struct {
  uint8_t index;
  bool is_local;
} Upvalue;

typedef enum {
  FN_SCRIPT,
  FN_FUNCTION,
  FN_METHOD,
  FN_INITIALIZER,
  FN_STATIC,
} FunctionKind;

typedef struct PatchList {
  int sites[MAX_JUMPS];
  int count;
} PatchList;

typedef struct Loop {
  struct Loop *enclosing;
  int scope_depth;    /* locals deeper than this are popped on break */
  int local_count;
  int try_depth;      /* try blocks open when the loop started */
  int continue_target; /* -1 until known */
  PatchList breaks;
  PatchList continues;
} Loop;

typedef struct TryBlock {
  struct TryBlock *enclosing;
  int local_count;     /* locals when the try began */
  int active_handlers; /* installed handlers still to pop on a jump out */
  bool has_finally;
  bool in_finally;     /* compiling the finally body itself */
  PatchList to_finally; /* jumps that enter the finally block */
} TryBlock;

typedef struct ClassCompiler {
  struct ClassCompiler *enclosing;
  Token name;
  bool has_superclass;
} ClassCompiler;

struct Compiler {
  struct Compiler *enclosing;
  ObjFunction *function;
  FunctionKind kind;
  Local locals[MAX_LOCALS];
  int local_count;
  int scope_depth;
  Upvalue upvalues[MAX_LOCALS];
  Loop *loop;
  TryBlock *try_block;
  int try_depth;
  int stack_depth;
  int max_depth;
  int last_op;   /* offset of the last opcode emitted, for peepholes */
  int before_last_op; /* offset of the one before it, or -1 */
  int barrier;   /* offset that a jump targets: no fusing across it */
};

typedef struct {
  VM *vm;
  Scanner scanner;
  Token current;
  Token previous;
  bool had_error;
  char *error;
  const char *path;
  ObjModule *module;
  Compiler *compiler;
  ClassCompiler *class_compiler;
  int group_depth;  /* open ( [ : newlines do not end the expression */
  bool pushed_nothing; /* last expression left nothing (i++) */
  /* Nesting of expressions, and whether the outermost one is a whole
   * expression statement: there ++/-- are allowed and assignments need
   * not leave their value. */
  int expr_depth;
  bool in_expression_statement;
  int levels; /* statements and expressions open on the C stack */
  bool repl; /* top-level expression statements print their value */
  DocCollector *docs; /* when collecting documentation */
  const char *class_name; /* the class whose body is being compiled */
  int class_name_length;
  /* > 0: the line the instructions emitted now take, rather than the last
   * token's: set while emitting what follows an operand that may span
   * lines, to the line of its operator, target, '(' or keyword. */
  int emit_line;
} Parser;

/* Tokens and errors. */
void parser_advance(Parser *p);
void parser_error(Parser *p, const char *message);
void parser_error_at(Parser *p, const Token *token, const char *message);
bool enter_level(Parser *p);
bool parser_check(const Parser *p, TokenType type);
bool parser_match(Parser *p, TokenType type);
void parser_consume(Parser *p, TokenType type, const char *message);
void skip_newlines(Parser *p);
/* True when the next token after any newlines is of this type. */
bool peek_past_newlines(Parser *p, TokenType type);

/* Emitting. */
Chunk *current_chunk(Parser *p);
void emit_byte(Parser *p, uint8_t byte);
void emit_op(Parser *p, OpCode op);
/* emit_op at line (of an operator, keyword or '[') rather than the last
 * token's, through emit_line. */
void emit_op_at(Parser *p, OpCode op, int line);
void emit_op_arg(Parser *p, OpCode op, uint8_t arg);
void emit_op_short(Parser *p, OpCode op, uint16_t arg);
void emit_short(Parser *p, uint16_t value);
void adjust_depth(Parser *p, int delta);
int emit_jump(Parser *p, OpCode op);
/* Discards the code emitted from offset on (to emit it otherwise); no
 * fusion reaches back past it. */
void drop_code_from(Parser *p, int offset);
/* The current offset, recorded as a jump target (a loop start). */
int mark_target(Parser *p);
/* True when the last instruction is `op` and nothing jumps between it and
 * the next; returns its offset in *at. */
bool last_op_is(Parser *p, OpCode op, int *at);
void patch_jump(Parser *p, int offset);
void write_short(Parser *p, int offset, uint16_t value);
void patch_jump_to(Parser *p, int offset, int target);
void emit_loop(Parser *p, int loop_start);
uint16_t make_constant(Parser *p, Value value);
void emit_constant(Parser *p, Value value);
uint16_t identifier_constant(Parser *p, const Token *name);
ObjString *intern_token(Parser *p, const char *chars, int length);

/* Functions and statements (compiler.c). */
void skip_separators(Parser *p);
void compiler_begin(Parser *p, Compiler *c, FunctionKind kind, Token name);
void emit_return(Parser *p);
ObjFunction *compiler_end(Parser *p);
/* A statement ends at a newline, ';', '}' or the end of the source. */
void end_statement(Parser *p);
/* True while compiling the outermost expression of an expression
 * statement. */
bool at_statement_level(const Parser *p);
/* An expression whose value is not kept (a loop's initializer or step). */
void discarded_expression(Parser *p);
void declaration(Parser *p);

/* Scopes and variables (variables.c). */
void begin_scope(Parser *p);
void end_scope(Parser *p);
/* Emits the pops for locals [keep, top) without forgetting them. */
void emit_pops(Parser *p, int top, int keep);
bool identifiers_equal(const Token *a, const Token *b);
/* The slot of a local of c by name, or -1. */
int resolve_local(Parser *p, Compiler *c, const Token *name);
void add_local(Parser *p, Token name);
void mark_initialized(Parser *p);
/* A local the code uses but the script cannot name. */
void hidden_local(Parser *p, const char *name);
void declare_variable(Parser *p, Token name);
/* Parses a variable name: its global constant, or 0 for a local. */
uint16_t parse_variable(Parser *p, const char *message);
void define_variable(Parser *p, uint16_t global);
void named_variable(Parser *p, Token name, bool can_assign);
Token synthetic_token(const char *text);

/* Declarations (declarations.c). */
void block(Parser *p);
void def_declaration(Parser *p);
void class_declaration(Parser *p);
void var_declaration(Parser *p);
/* documented: the token carrying the declaration's doc comment, or NULL
 * for an anonymous function. */
void function_body(Parser *p, FunctionKind kind, Token name, const Token *documented);
/* Records a documented declaration when collecting docs. */
void record_doc(Parser *p, DocKind kind, const Token *name, const Token *documented,
                const char *params, int params_length);

/* Control-flow statements (control.c), each after its keyword. */
void if_statement(Parser *p);
void while_statement(Parser *p);
void do_while_statement(Parser *p);
void iter_statement(Parser *p);
void for_statement(Parser *p);
void using_statement(Parser *p);
void loop_jump(Parser *p, bool is_break);
void return_statement(Parser *p);
void try_statement(Parser *p);
void catch_as_statement(Parser *p);
void raise_statement(Parser *p);
void assert_statement(Parser *p);

/* Expressions (expr.c). */
void expression(Parser *p);
/* Decodes a string token's escapes into a new string constant. */
ObjString *string_from_token(Parser *p, const Token *token);
void block_or_statement(Parser *p);

#endif
