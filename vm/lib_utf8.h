/* UTF-8 helpers for the string natives: stepping between characters,
 * converting character indices to byte offsets and back, decoding and
 * encoding code points. A character is a byte that is not a continuation
 * byte (10xxxxxx) plus the continuation bytes after it, so invalid text
 * still splits into characters and nothing reads past the end. */
#ifndef SABRE_VM_LIB_UTF8_H
#define SABRE_VM_LIB_UTF8_H

#include "object.h"

/* Byte offset of the character after the one starting at pos. */
int utf8_next(const char *chars, int length, int pos);
/* Byte offset of the character before the one starting at pos (pos > 0). */
int utf8_prev(const char *chars, int pos);
/* Byte offset where character char_index starts (length if past the end). */
int utf8_offset(ObjString *s, int char_index);
/* Character index of the character starting at byte offset pos. */
int utf8_index(ObjString *s, int pos);
/* Code point of the character at pos; an invalid sequence yields its
 * first byte. *size receives the byte length of the character. */
uint32_t utf8_decode(const char *chars, int length, int pos, int *size);
/* Writes the encoding of cp (at most 0x10FFFF) and returns its length. */
int utf8_encode(uint32_t cp, char out[4]);

#endif
