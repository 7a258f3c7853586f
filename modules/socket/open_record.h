/* The open sockets of a VM, for open_sockets(), from_id() and the
 * collector's warning: a Socket and a TLSSocket each hold an OpenRecord,
 * in their VM's list, from the moment they own a descriptor until they
 * close it. */
#ifndef SABRE_MODULES_SOCKET_OPEN_RECORD_H
#define SABRE_MODULES_SOCKET_OPEN_RECORD_H

#include <stdint.h>

#include "address.h"
#include "sabre.h"

typedef struct OpenRecord {
  /* What points at it: the list's head or the one before's next, so that
   * it leaves the list without the list at hand (a finalizer has none). */
  struct OpenRecord **link;
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

/* Puts the record first in *list, noting the script's current line. */
void open_record_add(VM *vm, OpenRecord **list, OpenRecord *record, const char *kind, int fd,
                     int family, int (*endpoint)(const OpenRecord *, char[ADDRESS_TEXT_MAX + 16]));
/* Takes it out of its list; nothing when it is not in one. */
void open_record_remove(OpenRecord *record);
/* For a finalizer: with SABRE_WARN_UNCLOSED set, one line on stderr
 * saying the collector closes what the script left open. */
void open_record_warn_unclosed(const OpenRecord *record);

#endif
