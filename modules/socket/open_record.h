/* The open sockets of the process, for open_sockets() and the collector's
 * warning: a Socket and a TLSSocket each hold an OpenRecord from the
 * moment they own a descriptor until they close it. */
#ifndef SABRE_MODULES_SOCKET_OPEN_RECORD_H
#define SABRE_MODULES_SOCKET_OPEN_RECORD_H

#include <stdint.h>

#include "address.h"
#include "sabre.h"

typedef struct OpenRecord {
  struct OpenRecord *previous;
  struct OpenRecord *next;
  const char *kind; /* "Socket" or "TLSSocket"; NULL while not in the list */
  int fd;
  int family;
  char created[96]; /* the script file and line that made it */
  uint64_t bytes_sent;
  uint64_t bytes_received;
  /* Its endpoint as text ("host:port", a path), read from the owner;
   * returns the text's length (an abstract name may hold NUL bytes). */
  int (*endpoint)(const struct OpenRecord *record, char out[ADDRESS_TEXT_MAX + 16]);
} OpenRecord;

/* Puts the record in the list, noting the script's current line. */
void open_record_add(VM *vm, OpenRecord *record, const char *kind, int fd, int family,
                     int (*endpoint)(const OpenRecord *, char[ADDRESS_TEXT_MAX + 16]));
/* Takes it out of the list; nothing when it is not in it. */
void open_record_remove(OpenRecord *record);
OpenRecord *open_record_first(void);
/* For a finalizer: with SABRE_WARN_UNCLOSED set, one line on stderr
 * saying the collector closes what the script left open. */
void open_record_warn_unclosed(const OpenRecord *record);

#endif
