/* The lists of open sockets (see open_record.h). */
#include <stdio.h>
#include <stdlib.h>

#include "open_record.h"

void open_record_add(VM *vm, OpenRecord **list, OpenRecord *record, const char *kind, int fd,
                     int family, int (*endpoint)(const OpenRecord *, char[ADDRESS_TEXT_MAX + 16])) {
  record->kind = kind;
  record->fd = fd;
  record->family = family;
  record->endpoint = endpoint;
  vm_location(vm, record->created, sizeof record->created);
  record->link = list;
  record->next = *list;
  if (*list) (*list)->link = &record->next;
  *list = record;
}

void open_record_remove(OpenRecord *record) {
  if (record->kind == NULL) return;
  *record->link = record->next;
  if (record->next) record->next->link = record->link;
  record->link = NULL;
  record->next = NULL;
  record->kind = NULL;
}

void open_record_warn_unclosed(const OpenRecord *record) {
  if (record->kind != NULL && getenv("SABRE_WARN_UNCLOSED"))
    fprintf(stderr, "sabre: warning: the %s created at %s was never closed; the collector "
                    "closed it\n", record->kind, record->created);
}
