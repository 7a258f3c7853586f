/* Name resolution off the interpreter's thread: getaddrinfo runs on one
 * of a few worker threads (started as requests come, at most 32, each
 * ending after ten idle seconds; the rest wait in a queue), and the caller waits for a descriptor that
 * becomes readable when it is done (with sock_wait, so that a fiber parks
 * and a deadline bounds the wait). A request the caller abandons, done
 * or not, is freed by whichever side lets go of it last, and one still
 * queued is not looked up; a resolver that never answers holds a worker
 * until it gives up, and leaks nothing. No VM types. */
#ifndef SABRE_MODULES_SOCKET_RESOLVER_H
#define SABRE_MODULES_SOCKET_RESOLVER_H

#include <stdbool.h>

#include "address.h"

typedef struct ResolveRequest ResolveRequest;

/* Starts getaddrinfo(host, service, hints). Returns 0 and the request,
 * or the errno that prevented it (no thread, no descriptor, no memory). */
int resolver_start(const char *host, const char *service, const struct addrinfo *hints,
                   ResolveRequest **out);
/* Readable once the request is done (the thread has let go of every
 * descriptor). */
int resolver_fd(const ResolveRequest *request);
bool resolver_done(ResolveRequest *request);
/* Once done: getaddrinfo's outcome as address_resolve_all gives it (0, an
 * errno > 0 or an EAI_ code < 0); on success the caller owns *list. */
int resolver_result(ResolveRequest *request, struct addrinfo **list);
/* The caller, which waited in vm, lets go of the request (NULL does
 * nothing). */
void resolver_abandon(VM *vm, ResolveRequest *request);

#endif
