/* The list of open sockets (see open_record.h). */
#include <stdio.h>
#include <stdlib.h>

#include "open_record.h"

static OpenRecord *first;

void open_record_add(VM *vm, OpenRecord *record, const char *kind, int fd, int family,
                     int (*endpoint)(const OpenRecord *, char[ADDRESS_TEXT_MAX + 16])) {
  record->kind = kind;
  record->fd = fd;
  record->family = family;
  record->endpoint = endpoint;
  vm_location(vm, record->created, sizeof record->created);
  record->previous = NULL;
  record->next = first;
  if (first) first->previous = record;
  first = record;
}

void open_record_remove(OpenRecord *record) {
  if (record->kind == NULL) return;
  if (record->previous) record->previous->next = record->next;
  else first = record->next;
  if (record->next) record->next->previous = record->previous;
  record->previous = record->next = NULL;
  record->kind = NULL;
}

OpenRecord *open_record_first(void) { return first; }

void open_record_warn_unclosed(const OpenRecord *record) {
  if (record->kind != NULL && getenv("SABRE_WARN_UNCLOSED"))
    fprintf(stderr, "sabre: warning: the %s created at %s was never closed; the collector "
                    "closed it\n", record->kind, record->created);
}
