/* Internationalized host names (see idna.h). */
#include <idn2.h>
#include <stdbool.h>
#include <stddef.h>

#include "idna.h"

static bool is_ascii(const char *name) {
  for (const unsigned char *p = (const unsigned char *)name; *p; p++)
    if (*p >= 0x80) return false;
  return true;
}

int idna_to_ascii(const char *name, char **ascii) {
  *ascii = NULL;
  if (is_ascii(name)) return 0;
  int rc = idn2_to_ascii_8z(name, ascii, IDN2_NFC_INPUT | IDN2_NONTRANSITIONAL);
  if (rc == IDN2_DISALLOWED) rc = idn2_to_ascii_8z(name, ascii, IDN2_NFC_INPUT | IDN2_TRANSITIONAL);
  if (rc == IDN2_OK) return 0;
  *ascii = NULL;
  return -1;
}
