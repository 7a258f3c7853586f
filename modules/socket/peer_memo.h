/* The datagram peers a socket met last: receive_from's sender as text
 * and send_to's destination as an address. A server answering one
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

/* The host text (with a NUL) and port of a sender, as address_format
 * gives them, and whether it is the sender met last (*same), whose text
 * the caller may have kept. *memo is made on first use; NULL (out of
 * memory) only means formatting each time into scratch, never the same. */
const char *peer_memo_sender(PeerMemo **memo, const SockAddr *from,
                             char scratch[ADDRESS_TEXT_MAX], int *host_length, int *port,
                             bool *same);
/* Numeric host text (NUL-terminated, host_length bytes) and port as an
 * address of family, as address_numeric parses them; false for a name. */
bool peer_memo_destination(PeerMemo **memo, const char *host, int host_length, int port,
                           int family, SockAddr *out);
void peer_memo_free(PeerMemo **memo);

#endif
