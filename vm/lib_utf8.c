/* UTF-8 stepping, index conversion, decoding and encoding for the string
 * natives (see lib_utf8.h for what counts as a character). Strings whose
 * character count equals their byte length take the ASCII fast paths. */
#include "lib_utf8.h"

static bool is_continuation(char c) { return ((unsigned char)c & 0xC0) == 0x80; }

int utf8_next(const char *chars, int length, int pos) {
  pos++;
  while (pos < length && is_continuation(chars[pos])) pos++;
  return pos;
}

int utf8_prev(const char *chars, int pos) {
  pos--;
  while (pos > 0 && is_continuation(chars[pos])) pos--;
  return pos;
}

int utf8_offset(ObjString *s, int char_index) {
  if (string_char_count(s) == s->length) {
    return char_index < s->length ? char_index : s->length;
  }
  int pos = 0;
  for (int i = 0; i < char_index && pos < s->length; i++) {
    pos = utf8_next(s->chars, s->length, pos);
  }
  return pos;
}

int utf8_index(ObjString *s, int pos) {
  if (string_char_count(s) == s->length) return pos;
  int index = 0;
  for (int at = 0; at < pos; at = utf8_next(s->chars, s->length, at)) index++;
  return index;
}

/* Expected total length of a sequence from its lead byte; 0 if invalid. */
static int sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

uint32_t utf8_decode(const char *chars, int length, int pos, int *size) {
  const unsigned char *s = (const unsigned char *)chars + pos;
  *size = utf8_next(chars, length, pos) - pos;
  int expected = sequence_length(s[0]);
  if (expected <= 1 || expected != *size) return s[0];
  uint32_t cp = s[0] & (0x7F >> expected);
  for (int i = 1; i < expected; i++) cp = (cp << 6) | (s[i] & 0x3F);
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
