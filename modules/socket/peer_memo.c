/* The last sender and destination of a socket's datagrams, kept with their
 * text so that a repeat skips the conversion. */
#include "peer_memo.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
  SockAddr address;
  char host[ADDRESS_TEXT_MAX];
  int host_length; /* -1: nothing kept yet */
  int port;
  int family; /* destinations: the family the text was parsed for */
} Peer;

struct PeerMemo {
  Peer sender, destination;
};

static PeerMemo *memo_of(PeerMemo **memo) {
  if (*memo == NULL && (*memo = malloc(sizeof **memo)) != NULL) {
    (*memo)->sender.host_length = -1;
    (*memo)->destination.host_length = -1;
  }
  return *memo;
}

static bool same_address(const SockAddr *a, const SockAddr *b) {
  return a->length == b->length && memcmp(&a->storage, &b->storage, a->length) == 0;
}

const char *peer_memo_sender(PeerMemo **memo, const SockAddr *from,
                             char scratch[ADDRESS_TEXT_MAX], int *host_length, int *port,
                             bool *same) {
  PeerMemo *m = memo_of(memo);
  *same = false;
  if (m == NULL) {
    *host_length = address_format(from, scratch, port);
    return scratch;
  }
  Peer *p = &m->sender;
  if (p->host_length >= 0 && same_address(&p->address, from)) *same = true;
  else {
    p->host_length = address_format(from, p->host, &p->port);
    p->address = *from;
  }
  *host_length = p->host_length;
  *port = p->port;
  return p->host;
}

bool peer_memo_destination(PeerMemo **memo, const char *host, int host_length, int port,
                           int family, SockAddr *out) {
  PeerMemo *m = memo_of(memo);
  Peer *p = m != NULL ? &m->destination : NULL;
  if (p != NULL && p->host_length == host_length && p->port == port && p->family == family &&
      memcmp(p->host, host, (size_t)host_length) == 0) {
    *out = p->address;
    return true;
  }
  if (!address_numeric(host, port, family, out)) return false;
  if (p != NULL && host_length < ADDRESS_TEXT_MAX) {
    memcpy(p->host, host, (size_t)host_length);
    p->host_length = host_length;
    p->port = port;
    p->family = family;
    p->address = *out;
  }
  return true;
}

void peer_memo_free(PeerMemo **memo) {
  free(*memo);
  *memo = NULL;
}
