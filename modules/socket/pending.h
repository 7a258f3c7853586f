/* Pending: bytes a socket has read but not yet returned (kept when a read
 * timed out or parked, and the buffer of read_line/read_until/
 * read_exact), for Socket and TLSSocket alike. A zeroed Pending is empty. */
#ifndef SABRE_MODULES_SOCKET_PENDING_H
#define SABRE_MODULES_SOCKET_PENDING_H

#include "sabre.h"

typedef struct {
  char *data;
  size_t length;
  size_t capacity;
} Pending;

/* Appends bytes; false when out of memory. */
bool pending_append(Pending *p, const char *data, size_t length);
/* Copies up to max bytes into `into`, removing them unless peeking;
 * returns how many. */
size_t pending_copy(Pending *p, void *into, size_t max, bool remove);
/* Up to max bytes (all when max < 0) as a string, removed unless peeking. */
ObjString *pending_take(VM *vm, Pending *p, int64_t max, bool remove);
void pending_free(Pending *p);

#endif
