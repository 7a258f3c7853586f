/* UTF-8 helpers for the string natives: the size of the character at a
 * byte offset, stepping back, converting character indices to byte
 * offsets and back, decoding and encoding code points. A character is a
 * well-formed UTF-8 sequence (RFC 3629, Unicode's table 3-7: no overlong
 * form, no surrogate, nothing above U+10FFFF) or else a single byte, so
 * any text splits into characters and nothing reads past the end. */
#ifndef SABRE_VM_LIB_UTF8_H
#define SABRE_VM_LIB_UTF8_H

#include "object.h"

/* Whether c is a continuation byte (10xxxxxx), which never starts a
 * sequence. */
static inline bool utf8_is_continuation(char c) { return ((unsigned char)c & 0xC0) == 0x80; }
/* Bytes in the character that starts at pos (< length): the sequence's
 * length when a well-formed one starts there and ends by length, else 1.
 * Each lead byte allows a range for the byte after it (table 3-7): the
 * narrower ones rule out overlong forms (E0, F0), surrogates (ED) and
 * code points past U+10FFFF (F4). Inline: counting and stepping call it
 * for every character. */
static inline int utf8_char_size(const char *chars, int length, int pos) {
  const unsigned char *s = (const unsigned char *)chars + pos;
  unsigned lead = s[0];
  if (lead - 0xC2 > 0xF4 - 0xC2) return 1; /* ASCII, a continuation byte or no lead */
  int size = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  if (length - pos < size) return 1;
  unsigned low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
  unsigned high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
  if (s[1] - low > high - low) return 1;
  if (size > 2 && !utf8_is_continuation((char)s[2])) return 1;
  if (size > 3 && !utf8_is_continuation((char)s[3])) return 1;
  return size;
}

/* Byte offset of the character that ends at pos (pos > 0, a character
 * boundary). */
int utf8_prev(const char *chars, int pos);
/* Byte offset where character char_index starts (length if past the end). */
int utf8_offset(ObjString *s, int char_index);
/* Character index of the character starting at byte offset pos (of the
 * next character when pos is inside one). */
int utf8_index(ObjString *s, int pos);
/* Code point of the character at pos; a byte that is a character by
 * itself yields its own value. *size receives the character's size. */
uint32_t utf8_decode(const char *chars, int length, int pos, int *size);
/* Writes the encoding of cp (at most 0x10FFFF) and returns its length. */
int utf8_encode(uint32_t cp, char out[4]);

#endif
