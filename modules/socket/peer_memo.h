/* The datagram peers a socket met last: receive_from's sender (whose
 * text the socket keeps) and send_to's destination as text and the
 * address it parses to. A server answering one
 * client receives from and sends to the same peer over and over, and
 * turning an address into text and back (an interface name lookup for a
 * scoped IPv6 address among it) costs more than the rest of the call.
 * Only numeric hosts are remembered: a name is resolved every time, as
 * its address may change. No VM types. */
#ifndef SABRE_MODULES_SOCKET_PEER_MEMO_H
#define SABRE_MODULES_SOCKET_PEER_MEMO_H

#include <stdbool.h>

#include "address.h"

typedef struct PeerMemo PeerMemo;

/* Whether from is the sender met last; remembers it as the last. *memo
 * is made on first use; NULL (out of memory) only means never the same. */
bool peer_memo_same_sender(PeerMemo **memo, const SockAddr *from);
/* Numeric host text (NUL-terminated, host_length bytes) and port as an
 * address of family, as address_numeric parses them; false for a name. */
bool peer_memo_destination(PeerMemo **memo, const char *host, int host_length, int port,
                           int family, SockAddr *out);
void peer_memo_free(PeerMemo **memo);

#endif
