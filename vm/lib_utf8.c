/* UTF-8 stepping, index conversion, decoding and encoding for the string
 * natives (see lib_utf8.h for what counts as a character). Strings whose
 * character count equals their byte length take the ASCII fast paths. */
#include "lib_utf8.h"

/* Only one well-formed sequence can end at pos (its lead byte is not a
 * continuation byte, so no shorter one can start inside it), and it is a
 * character wherever it is: no character before it can take its lead.
 * A sequence of several bytes ends with a continuation byte, so any other
 * byte (ASCII, mostly) is a character by itself, with no decoding. */
int utf8_prev(const char *chars, int pos) {
  if (!utf8_is_continuation(chars[pos - 1])) return pos - 1;
  for (int size = 4; size > 1; size--) {
    if (pos >= size && utf8_char_size(chars, pos, pos - size) == size) return pos - size;
  }
  return pos - 1;
}

int utf8_offset(ObjString *s, int char_index) {
  if (string_char_count(s) == s->length) {
    return char_index < s->length ? char_index : s->length;
  }
  int pos = 0;
  for (int i = 0; i < char_index && pos < s->length; i++) {
    pos += utf8_char_size(s->chars, s->length, pos);
  }
  return pos;
}

int utf8_index(ObjString *s, int pos) {
  if (string_char_count(s) == s->length) return pos;
  int index = 0;
  for (int at = 0; at < pos; at += utf8_char_size(s->chars, s->length, at)) index++;
  return index;
}

uint32_t utf8_decode(const char *chars, int length, int pos, int *size) {
  const unsigned char *s = (const unsigned char *)chars + pos;
  *size = utf8_char_size(chars, length, pos);
  if (*size == 1) return s[0];
  uint32_t cp = s[0] & (0x7F >> *size);
  for (int i = 1; i < *size; i++) cp = (cp << 6) | (s[i] & 0x3F);
  return cp;
}

int utf8_encode(uint32_t cp, char out[4]) {
  if (cp < 0x80) {
    out[0] = (char)cp;
    return 1;
  }
  if (cp < 0x800) {
    out[0] = (char)(0xC0 | (cp >> 6));
    out[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = (char)(0xE0 | (cp >> 12));
    out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (cp >> 18));
  out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
  out[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}
