/* Scanner: characters to tokens, one token per call. Owns newline
 * significance, number and string lexemes, and interpolation splitting;
 * it does not decode escapes or convert numbers (the compiler does). */
#include "scanner.h"

static const char *const token_names[] = {
#define SB_TOKEN_NAME(name) #name,
    SB_TOKENS(SB_TOKEN_NAME)
#undef SB_TOKEN_NAME
};

const char *token_type_name(TokenType type) { return token_names[type]; }

void scanner_init(Scanner *scanner, const char *source, size_t length) {
  memset(scanner, 0, sizeof *scanner);
  scanner->start = source;
  scanner->current = source;
  scanner->end = source + length;
  scanner->line = 1;
}

/* The source ends at its length: a NUL byte is a byte of a string literal
 * and an error anywhere else. Past the end, peeks give '\0'. */
static bool is_at_end(const Scanner *s) { return s->current >= s->end; }
static char peek_at(const Scanner *s, ptrdiff_t n) {
  return s->end - s->current > n ? s->current[n] : '\0';
}
static char peek(const Scanner *s) { return peek_at(s, 0); }
static char peek_next(const Scanner *s) { return peek_at(s, 1); }
static bool at_nul(const Scanner *s) { return !is_at_end(s) && *s->current == '\0'; }
static char advance(Scanner *s) { return *s->current++; }
static bool match(Scanner *s, char expected) {
  if (peek(s) != expected) return false;
  s->current++;
  return true;
}

static bool is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
static bool is_digit(char c) { return c >= '0' && c <= '9'; }

static Token make_token(const Scanner *s, TokenType type) {
  Token t = {type, s->start, (int)(s->current - s->start), s->line, 0, NULL, 0};
  return t;
}

static Token error_token(const Scanner *s, const char *message) {
  Token t = {TOK_ERROR, message, (int)strlen(message), s->line, 0, NULL, 0};
  return t;
}

static const char nul_message[] = "unexpected NUL byte";

/* In a comment: the error, past the NUL. */
static Token *nul_byte(Scanner *s, Token *error) {
  *error = error_token(s, nul_message);
  s->current++;
  return error;
}

/* Skips blanks and comments; newlines are tokens. */
static Token *skip_space(Scanner *s, Token *error) {
  for (;;) {
    char c = peek(s);
    if (c == ' ' || c == '\t' || c == '\r') {
      advance(s);
    } else if (c == '#') {
      while (!is_at_end(s) && *s->current != '\n') {
        if (*s->current == '\0') return nul_byte(s, error);
        advance(s);
      }
    } else if (c == '/' && peek_next(s) == '*') {
      int start_line = s->line;
      bool is_doc = peek_at(s, 2) == '*' && peek_at(s, 3) != '/';
      s->current += 2;
      const char *text = s->current + is_doc;
      while (!(peek(s) == '*' && peek_next(s) == '/')) {
        if (is_at_end(s)) {
          s->line = start_line;
          *error = error_token(s, "unterminated block comment");
          return error;
        }
        if (at_nul(s)) return nul_byte(s, error);
        if (advance(s) == '\n') s->line++;
      }
      if (is_doc) {
        if (s->doc != NULL && !s->seen_token && s->module_doc == NULL) {
          s->module_doc = s->doc;
          s->module_doc_length = s->doc_length;
        }
        s->doc = text;
        s->doc_length = (int)(s->current - text);
      }
      s->current += 2;
    } else {
      return NULL;
    }
  }
}

static const struct {
  const char *name;
  TokenType type;
} keywords[] = {
    {"and", TOK_AND},       {"as", TOK_AS},         {"assert", TOK_ASSERT},
    {"break", TOK_BREAK},   {"catch", TOK_CATCH},   {"class", TOK_CLASS},
    {"continue", TOK_CONTINUE}, {"def", TOK_DEF},   {"default", TOK_DEFAULT},
    {"do", TOK_DO},         {"echo", TOK_ECHO},     {"else", TOK_ELSE},
    {"false", TOK_FALSE},   {"finally", TOK_FINALLY}, {"for", TOK_FOR},
    {"if", TOK_IF},         {"import", TOK_IMPORT}, {"in", TOK_IN},
    {"iter", TOK_ITER},     {"nil", TOK_NIL},       {"or", TOK_OR},
    {"parent", TOK_PARENT}, {"raise", TOK_RAISE},   {"return", TOK_RETURN},
    {"self", TOK_SELF},     {"static", TOK_STATIC}, {"true", TOK_TRUE},
    {"try", TOK_TRY},       {"using", TOK_USING},   {"var", TOK_VAR},
    {"when", TOK_WHEN},     {"while", TOK_WHILE},
};

const char *scanner_keyword(size_t index) {
  return index < sizeof keywords / sizeof keywords[0] ? keywords[index].name : NULL;
}

static TokenType check_keyword(const Scanner *s) {
  size_t length = (size_t)(s->current - s->start);
  for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++) {
    if (strlen(keywords[i].name) == length &&
        memcmp(keywords[i].name, s->start, length) == 0)
      return keywords[i].type;
  }
  return TOK_IDENTIFIER;
}

static Token identifier(Scanner *s) {
  while (is_alpha(peek(s)) || is_digit(peek(s))) advance(s);
  return make_token(s, check_keyword(s));
}

static bool is_radix_digit(char c, int radix) {
  if (c == '_') return true;
  if (radix == 2) return c == '0' || c == '1';
  if (radix == 8) return c >= '0' && c <= '7';
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static Token number(Scanner *s) {
  if (s->start[0] == '0') {
    char kind = peek(s);
    int radix = kind == 'x' || kind == 'X' ? 16
                : kind == 'b' || kind == 'B' ? 2
                : kind == 'c' || kind == 'C' ? 8 : 0;
    if (radix) {
      advance(s);
      if (!is_radix_digit(peek(s), radix) || peek(s) == '_')
        return error_token(s, "malformed number literal");
      while (is_radix_digit(peek(s), radix)) advance(s);
      if (is_alpha(peek(s)) || is_digit(peek(s)))
        return error_token(s, "malformed number literal");
      return make_token(s, TOK_NUMBER);
    }
  }
  while (is_digit(peek(s)) || peek(s) == '_') advance(s);
  if (peek(s) == '.' && is_digit(peek_next(s))) {
    advance(s);
    while (is_digit(peek(s)) || peek(s) == '_') advance(s);
  }
  if (peek(s) == 'e' || peek(s) == 'E') {
    const char *mark = s->current;
    advance(s);
    if (peek(s) == '+' || peek(s) == '-') advance(s);
    if (!is_digit(peek(s))) {
      s->current = mark;
      return error_token(s, "malformed number literal: exponent has no digits");
    }
    while (is_digit(peek(s))) advance(s);
  }
  if (is_alpha(peek(s))) return error_token(s, "malformed number literal");
  return make_token(s, TOK_NUMBER);
}

/* Scans string content from s->current up to the closing quote or the
 * start of an interpolation. s->start is set to the content's start. */
static Token string_content(Scanner *s, char quote) {
  s->start = s->current;
  int start_line = s->line;
  for (;;) {
    char c = peek(s);
    if (is_at_end(s)) {
      s->line = start_line;
      return error_token(s, "unterminated string");
    }
    if (c == quote) break;
    if (c == '\\' && s->end - s->current > 1) {
      if (peek_next(s) == '\n') s->line++;
      s->current += 2;
      continue;
    }
    if (c == '$' && peek_next(s) == '{') {
      if (s->interp_count == SCANNER_MAX_NESTING)
        return error_token(s, "interpolation nested too deeply");
      Token part = make_token(s, TOK_STRING_PART);
      part.quote = quote;
      part.line = start_line;
      s->current += 2;
      s->interp_quote[s->interp_count] = quote;
      s->interp_braces[s->interp_count] = s->brace_depth;
      s->interp_count++;
      return part;
    }
    if (c == '\n') s->line++;
    advance(s);
  }
  Token t = make_token(s, TOK_STRING);
  t.quote = quote;
  t.line = start_line;
  advance(s); /* closing quote */
  return t;
}

static Token close_brace(Scanner *s) {
  if (s->interp_count > 0 &&
      s->brace_depth == s->interp_braces[s->interp_count - 1]) {
    s->interp_count--;
    return string_content(s, s->interp_quote[s->interp_count]);
  }
  if (s->brace_depth > 0) s->brace_depth--;
  return make_token(s, TOK_RIGHT_BRACE);
}

static Token with_equal(Scanner *s, TokenType plain, TokenType assign) {
  return make_token(s, match(s, '=') ? assign : plain);
}

static Token operator(Scanner *s, char c) {
  switch (c) {
  case '(': return make_token(s, TOK_LEFT_PAREN);
  case ')': return make_token(s, TOK_RIGHT_PAREN);
  case '[': return make_token(s, TOK_LEFT_BRACKET);
  case ']': return make_token(s, TOK_RIGHT_BRACKET);
  case '{': s->brace_depth++; return make_token(s, TOK_LEFT_BRACE);
  case '}': return close_brace(s);
  case ',': return make_token(s, TOK_COMMA);
  case ';': return make_token(s, TOK_SEMICOLON);
  case ':': return make_token(s, TOK_COLON);
  case '?': return make_token(s, TOK_QUESTION);
  case '@': return make_token(s, TOK_AT);
  case '~': return make_token(s, TOK_TILDE);
  case '.':
    if (match(s, '.')) return make_token(s, match(s, '.') ? TOK_ELLIPSIS : TOK_DOT_DOT);
    return make_token(s, TOK_DOT);
  case '+':
    if (match(s, '+')) return make_token(s, TOK_PLUS_PLUS);
    return with_equal(s, TOK_PLUS, TOK_PLUS_EQUAL);
  case '-':
    if (match(s, '-')) return make_token(s, TOK_MINUS_MINUS);
    return with_equal(s, TOK_MINUS, TOK_MINUS_EQUAL);
  case '*':
    if (match(s, '*')) return with_equal(s, TOK_STAR_STAR, TOK_STAR_STAR_EQUAL);
    return with_equal(s, TOK_STAR, TOK_STAR_EQUAL);
  case '/':
    if (match(s, '/')) return with_equal(s, TOK_SLASH_SLASH, TOK_SLASH_SLASH_EQUAL);
    return with_equal(s, TOK_SLASH, TOK_SLASH_EQUAL);
  case '%': return with_equal(s, TOK_PERCENT, TOK_PERCENT_EQUAL);
  case '&': return with_equal(s, TOK_AMP, TOK_AMP_EQUAL);
  case '|': return with_equal(s, TOK_PIPE, TOK_PIPE_EQUAL);
  case '^': return with_equal(s, TOK_CARET, TOK_CARET_EQUAL);
  case '!': return with_equal(s, TOK_BANG, TOK_BANG_EQUAL);
  case '=': return with_equal(s, TOK_EQUAL, TOK_EQUAL_EQUAL);
  case '<':
    if (match(s, '<')) return with_equal(s, TOK_LESS_LESS, TOK_LESS_LESS_EQUAL);
    return with_equal(s, TOK_LESS, TOK_LESS_EQUAL);
  case '>':
    if (match(s, '>')) {
      if (match(s, '>')) return make_token(s, TOK_GREATER_GREATER_GREATER);
      return with_equal(s, TOK_GREATER_GREATER, TOK_GREATER_GREATER_EQUAL);
    }
    return with_equal(s, TOK_GREATER, TOK_GREATER_EQUAL);
  case '\0': return error_token(s, nul_message);
  default: return error_token(s, "unexpected character");
  }
}

static Token next_token(Scanner *s) {
  Token error;
  if (skip_space(s, &error)) return error;
  s->start = s->current;
  if (is_at_end(s)) return make_token(s, TOK_EOF);
  char c = advance(s);
  if (c == '\n') {
    Token t = make_token(s, TOK_NEWLINE);
    s->line++;
    return t;
  }
  if (is_alpha(c)) return identifier(s);
  if (is_digit(c)) return number(s);
  if (c == '\'' || c == '"') return string_content(s, c);
  return operator(s, c);
}

Token scanner_next(Scanner *s) {
  Token t = next_token(s);
  if (t.type == TOK_NEWLINE) return t;
  if (s->doc != NULL) { /* a doc comment belongs to what follows it */
    t.doc = s->doc;
    t.doc_length = s->doc_length;
    s->doc = NULL;
  }
  s->seen_token = true;
  return t;
}
