/* Turning values into text: a growable byte buffer, number formatting
 * (shortest text that reads back as the same double), to_string (which
 * honours @to_string) and the quoted form used inside containers and by
 * the REPL. */
#ifndef SABRE_VM_FORMAT_H
#define SABRE_VM_FORMAT_H

#include "vm.h"

typedef struct {
  char *data;
  int length;
  int capacity;
} StrBuf;

void strbuf_init(StrBuf *buf);
void strbuf_free(StrBuf *buf);
/* Makes room for more bytes after the contents and returns where they go;
 * the caller writes them and adds what it wrote to length. */
char *strbuf_reserve(StrBuf *buf, int more);
void strbuf_append(StrBuf *buf, const char *bytes, int length);
void strbuf_append_cstr(StrBuf *buf, const char *text);
void strbuf_append_char(StrBuf *buf, char c);
/* Appends bytes as a quoted string literal, escaping quotes, backslashes,
 * NUL and line breaks (as strings print inside a list). */
void strbuf_append_quoted(StrBuf *buf, const char *chars, int length);
/* As strbuf_append_quoted, of the first max bytes at most, '...' after
 * a cut, and a NUL after it all for a message's %s. */
void strbuf_append_excerpt(StrBuf *buf, const char *chars, int length, int max);
/* Makes a string of the contents and frees the buffer. */
ObjString *strbuf_to_string(VM *vm, StrBuf *buf);

/* Writes the shortest round-tripping text of a number; returns length. */
int format_number(double number, char out[32]);
ObjString *number_to_string(VM *vm, double number);

/* Appends the text of a value (as echo prints it). Returns false when a
 * @to_string method raised. */
bool format_value(VM *vm, StrBuf *buf, Value value);
/* As format_value, but strings are quoted (as inside a list). */
bool format_repr(VM *vm, StrBuf *buf, Value value);
/* The text of a value as a string object, or NULL when @to_string raised. */
ObjString *value_to_string(VM *vm, Value value);

#endif
