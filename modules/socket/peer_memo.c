/* The last sender and destination of a socket's datagrams: the sender's
 * address (its text and port the socket keeps as script values), the
 * destination's text with the address it parsed to. */
#include "peer_memo.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
  SockAddr address;
  char host[ADDRESS_TEXT_MAX];
  int host_length; /* -1: nothing kept yet */
  int port;
  int family; /* the family the text was parsed for */
} Destination;

struct PeerMemo {
  SockAddr sender;
  bool has_sender;
  Destination destination;
};

static PeerMemo *memo_of(PeerMemo **memo) {
  if (*memo == NULL && (*memo = malloc(sizeof **memo)) != NULL) {
    (*memo)->has_sender = false;
    (*memo)->destination.host_length = -1;
  }
  return *memo;
}

static bool same_address(const SockAddr *a, const SockAddr *b) {
  return a->length == b->length && memcmp(&a->storage, &b->storage, a->length) == 0;
}

bool peer_memo_same_sender(PeerMemo **memo, const SockAddr *from) {
  PeerMemo *m = memo_of(memo);
  if (m == NULL) return false;
  if (m->has_sender && same_address(&m->sender, from)) return true;
  m->sender = *from;
  m->has_sender = true;
  return false;
}

bool peer_memo_destination(PeerMemo **memo, const char *host, int host_length, int port,
                           int family, SockAddr *out) {
  PeerMemo *m = memo_of(memo);
  Destination *p = m != NULL ? &m->destination : NULL;
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
