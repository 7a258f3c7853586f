/* Scanner: token kinds, literal lexemes, newlines, comments,
 * interpolation splitting and the errors it reports. */
#include <criterion/criterion.h>

#include "scanner.h"

/* Scans the length bytes of source and checks the token types, ending
 * with TOK_EOF. */
static void expect_tokens(const char *source, size_t length, const TokenType *expected, int count) {
  Scanner s;
  scanner_init(&s, source, length);
  for (int i = 0; i < count; i++) {
    Token t = scanner_next(&s);
    cr_assert_eq(t.type, expected[i], "%s: token %d is %s, expected %s", source, i,
                 token_type_name(t.type), token_type_name(expected[i]));
  }
  cr_assert_eq(scanner_next(&s).type, TOK_EOF, "%s: extra tokens", source);
}

#define EXPECT_BYTES(source, length, ...)                                   \
  do {                                                                       \
    const TokenType e_[] = {__VA_ARGS__};                                    \
    expect_tokens(source, length, e_, (int)(sizeof e_ / sizeof e_[0]));      \
  } while (0)
#define EXPECT(source, ...) EXPECT_BYTES(source, strlen(source), __VA_ARGS__)

Test(scanner, operators) {
  EXPECT("+ - * / % ** //", TOK_PLUS, TOK_MINUS, TOK_STAR, TOK_SLASH, TOK_PERCENT,
         TOK_STAR_STAR, TOK_SLASH_SLASH);
  EXPECT("<< >> >>> <<= >>= & | ^ ~", TOK_LESS_LESS, TOK_GREATER_GREATER,
         TOK_GREATER_GREATER_GREATER, TOK_LESS_LESS_EQUAL, TOK_GREATER_GREATER_EQUAL,
         TOK_AMP, TOK_PIPE, TOK_CARET, TOK_TILDE);
  EXPECT("a++ b-- .. ...", TOK_IDENTIFIER, TOK_PLUS_PLUS, TOK_IDENTIFIER,
         TOK_MINUS_MINUS, TOK_DOT_DOT, TOK_ELLIPSIS);
  EXPECT("**= //= == != <= >=", TOK_STAR_STAR_EQUAL, TOK_SLASH_SLASH_EQUAL,
         TOK_EQUAL_EQUAL, TOK_BANG_EQUAL, TOK_LESS_EQUAL, TOK_GREATER_EQUAL);
}

Test(scanner, keywords_and_identifiers) {
  EXPECT("def class iter using when default parent self", TOK_DEF, TOK_CLASS, TOK_ITER,
         TOK_USING, TOK_WHEN, TOK_DEFAULT, TOK_PARENT, TOK_SELF);
  EXPECT("define classy _x x1", TOK_IDENTIFIER, TOK_IDENTIFIER, TOK_IDENTIFIER,
         TOK_IDENTIFIER);
}

Test(scanner, numbers) {
  EXPECT("10 1.5 1e9 1E-3 0x1F 0b101 0c17 1_000_000", TOK_NUMBER, TOK_NUMBER, TOK_NUMBER,
         TOK_NUMBER, TOK_NUMBER, TOK_NUMBER, TOK_NUMBER, TOK_NUMBER);
  EXPECT("1.", TOK_NUMBER, TOK_DOT);
  EXPECT("0x", TOK_ERROR);
  EXPECT("1e+", TOK_ERROR, TOK_IDENTIFIER, TOK_PLUS);
  EXPECT("12abc", TOK_ERROR, TOK_IDENTIFIER);
}

Test(scanner, newlines_and_comments) {
  EXPECT("a # comment\nb", TOK_IDENTIFIER, TOK_NEWLINE, TOK_IDENTIFIER);
  EXPECT("a /* block\n comment */ b", TOK_IDENTIFIER, TOK_IDENTIFIER);
  EXPECT("(a\n)", TOK_LEFT_PAREN, TOK_IDENTIFIER, TOK_NEWLINE, TOK_RIGHT_PAREN);
  EXPECT("/* never closed", TOK_ERROR);
}

Test(scanner, line_numbers) {
  Scanner s;
  const char *source = "a\n/* x\ny */ b\n'c\nd' e";
  scanner_init(&s, source, strlen(source));
  cr_assert_eq(scanner_next(&s).line, 1);
  cr_assert_eq(scanner_next(&s).type, TOK_NEWLINE);
  cr_assert_eq(scanner_next(&s).line, 3);
  scanner_next(&s);
  Token str = scanner_next(&s);
  cr_assert_eq(str.type, TOK_STRING);
  cr_assert_eq(str.line, 4);
  cr_assert_eq(scanner_next(&s).line, 5);
}

Test(scanner, strings) {
  Scanner s;
  const char *source = "'it\\'s' \"dq\"";
  scanner_init(&s, source, strlen(source));
  Token a = scanner_next(&s);
  cr_assert_eq(a.type, TOK_STRING);
  cr_assert_eq(a.length, 5);
  cr_assert(memcmp(a.start, "it\\'s", 5) == 0);
  cr_assert_eq(scanner_next(&s).quote, '"');
  EXPECT("'never closed", TOK_ERROR);
}

Test(scanner, interpolation) {
  EXPECT("'a ${x} b'", TOK_STRING_PART, TOK_IDENTIFIER, TOK_STRING);
  EXPECT("'${a}${b}'", TOK_STRING_PART, TOK_IDENTIFIER, TOK_STRING_PART, TOK_IDENTIFIER,
         TOK_STRING);
  EXPECT("'x ${ {a: 1}[\"a\"] } y'", TOK_STRING_PART, TOK_LEFT_BRACE, TOK_IDENTIFIER,
         TOK_COLON, TOK_NUMBER, TOK_RIGHT_BRACE, TOK_LEFT_BRACKET, TOK_STRING,
         TOK_RIGHT_BRACKET, TOK_STRING);
  EXPECT("'outer ${'inner ${n}'} end'", TOK_STRING_PART, TOK_STRING_PART, TOK_IDENTIFIER,
         TOK_STRING, TOK_STRING);
  EXPECT("'\\${not}'", TOK_STRING);
}

/* The source is its length: a NUL byte is part of a string literal and an
 * error token elsewhere (in comments too), and nothing past the length is
 * read, even where a lexeme looks ahead. */
Test(scanner, nul_bytes_and_length) {
  EXPECT_BYTES("'a\0b'", 5, TOK_STRING);
  EXPECT_BYTES("a\0b", 3, TOK_IDENTIFIER, TOK_ERROR, TOK_IDENTIFIER);
  EXPECT_BYTES("# x\0y", 5, TOK_ERROR, TOK_IDENTIFIER);
  EXPECT_BYTES("/* \0 */", 7, TOK_ERROR, TOK_STAR, TOK_SLASH);
  EXPECT_BYTES("ab cd", 2, TOK_IDENTIFIER);
  EXPECT_BYTES("/**/", 2, TOK_ERROR);
  EXPECT_BYTES("'ab'", 3, TOK_ERROR);
  EXPECT_BYTES("'\\n'", 2, TOK_ERROR);
  Scanner s;
  scanner_init(&s, "a\n\n\0", 4);
  scanner_next(&s), scanner_next(&s), scanner_next(&s);
  Token error = scanner_next(&s);
  cr_assert_eq(error.type, TOK_ERROR);
  cr_assert_eq(error.line, 3);
  cr_assert(error.length == 19 && memcmp(error.start, "unexpected NUL byte", 19) == 0);
}
