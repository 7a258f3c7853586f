/* Scanner: turns source text into tokens on demand. Newlines are tokens
 * (they end statements); the parser skips them where an expression cannot
 * end. A string with ${...}
 * interpolation is split into STRING_PART tokens around the embedded
 * expressions' own tokens. Lexemes point into the source; escapes are
 * decoded by the compiler. */
#ifndef SABRE_VM_SCANNER_H
#define SABRE_VM_SCANNER_H

#include "common.h"

#define SB_TOKENS(T)                                                         \
  T(LEFT_PAREN) T(RIGHT_PAREN) T(LEFT_BRACE) T(RIGHT_BRACE)                  \
  T(LEFT_BRACKET) T(RIGHT_BRACKET) T(COMMA) T(DOT) T(DOT_DOT) T(ELLIPSIS)   \
  T(SEMICOLON) T(COLON) T(QUESTION) T(AT) T(NEWLINE)                         \
  T(PLUS) T(MINUS) T(STAR) T(SLASH) T(PERCENT) T(STAR_STAR) T(SLASH_SLASH)   \
  T(AMP) T(PIPE) T(CARET) T(TILDE) T(LESS_LESS) T(GREATER_GREATER)           \
  T(GREATER_GREATER_GREATER) T(BANG) T(BANG_EQUAL) T(EQUAL) T(EQUAL_EQUAL)   \
  T(GREATER) T(GREATER_EQUAL) T(LESS) T(LESS_EQUAL)                          \
  T(PLUS_EQUAL) T(MINUS_EQUAL) T(STAR_EQUAL) T(SLASH_EQUAL)                  \
  T(PERCENT_EQUAL) T(STAR_STAR_EQUAL) T(SLASH_SLASH_EQUAL) T(AMP_EQUAL)      \
  T(PIPE_EQUAL) T(CARET_EQUAL) T(LESS_LESS_EQUAL) T(GREATER_GREATER_EQUAL)   \
  T(PLUS_PLUS) T(MINUS_MINUS)                                                \
  T(IDENTIFIER) T(STRING) T(STRING_PART) T(NUMBER)                           \
  T(AND) T(AS) T(ASSERT) T(BREAK) T(CATCH) T(CLASS) T(CONTINUE) T(DEF)       \
  T(DEFAULT) T(DO) T(ECHO) T(ELSE) T(FALSE) T(FINALLY) T(FOR) T(IF)          \
  T(IMPORT) T(IN) T(ITER) T(NIL) T(OR) T(PARENT) T(RAISE) T(RETURN)          \
  T(SELF) T(STATIC) T(TRUE) T(TRY) T(USING) T(VAR) T(WHEN) T(WHILE)          \
  T(ERROR) T(EOF)

typedef enum {
#define SB_TOKEN_ENUM(name) TOK_##name,
  SB_TOKENS(SB_TOKEN_ENUM)
#undef SB_TOKEN_ENUM
      TOK_COUNT_
} TokenType;

typedef struct {
  TokenType type;
  const char *start;
  int length;
  int line;
  char quote; /* for STRING and STRING_PART: the delimiter */
  /* The text of a doc comment (slash-star-star) right before this token. */
  const char *doc;
  int doc_length;
} Token;

#define SCANNER_MAX_NESTING 64

typedef struct {
  const char *start;
  const char *current;
  const char *end; /* the source is its bytes up to here, NULs included */
  int line;
  /* Per open interpolation: its quote and the brace depth it began at. */
  char interp_quote[SCANNER_MAX_NESTING];
  int interp_braces[SCANNER_MAX_NESTING];
  int interp_count;
  int brace_depth;
  const char *doc; /* a doc comment not yet attached to a token */
  int doc_length;
  /* The file's first doc comment when a second one follows it before any
   * token: the module's own documentation. */
  const char *module_doc;
  int module_doc_length;
  bool seen_token;
} Scanner;

void scanner_init(Scanner *scanner, const char *source, size_t length);
Token scanner_next(Scanner *scanner);
/* The index-th keyword ("and", "as", ...), NULL past the last. */
const char *scanner_keyword(size_t index);
const char *token_type_name(TokenType type);

#endif
