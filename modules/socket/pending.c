/* The pending buffer of Socket and TLSSocket (see pending.h). */
#include <stdlib.h>
#include <string.h>

#include "pending.h"

bool pending_append(Pending *p, const char *data, size_t length) {
  if (p->length + length > p->capacity) {
    size_t capacity = p->capacity < 256 ? 256 : p->capacity;
    while (capacity < p->length + length) capacity *= 2;
    char *grown = realloc(p->data, capacity);
    if (grown == NULL) return false;
    p->data = grown;
    p->capacity = capacity;
  }
  if (length > 0) memcpy(p->data + p->length, data, length);
  p->length += length;
  return true;
}

size_t pending_copy(Pending *p, void *into, size_t max, bool remove) {
  size_t n = max > p->length ? p->length : max;
  if (n == 0) return 0; /* data may be NULL, which memcpy must not see */
  memcpy(into, p->data, n);
  if (remove) {
    memmove(p->data, p->data + n, p->length - n);
    p->length -= n;
  }
  return n;
}

ObjString *pending_take(VM *vm, Pending *p, int64_t max, bool remove) {
  size_t n = max < 0 || (size_t)max > p->length ? p->length : (size_t)max;
  ObjString *text = string_alloc(vm, (int)n);
  pending_copy(p, text->chars, n, remove);
  return text;
}

void pending_free(Pending *p) {
  free(p->data);
  *p = (Pending){NULL, 0, 0};
}
