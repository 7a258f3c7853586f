/* Fuzz target: IP address text. Whatever ip_parse accepts, ip_format
 * must write as text that parses back to the same address, and parsing
 * must never read past the given length. */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "address.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > 256) return 0;
  /* An exact-size copy: ASan reports any read past the end. */
  char *text = malloc(size ? size : 1);
  if (text == NULL) return 0;
  memcpy(text, data, size);
  IPValue ip;
  if (ip_parse(text, (int)size, &ip)) {
    char formatted[64];
    int length = ip_format(&ip, formatted);
    assert(length > 0 && (size_t)length == strlen(formatted));
    IPValue again;
    assert(ip_parse(formatted, length, &again));
    assert(again.family == ip.family && memcmp(again.bytes, ip.bytes, sizeof ip.bytes) == 0);
    assert(again.scope_id == ip.scope_id);
  }
  free(text);
  return 0;
}
