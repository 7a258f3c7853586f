/* Connecting to one of several addresses the way RFC 8305 (Happy
 * Eyeballs) describes: the addresses ordered with the families
 * alternating, a new attempt every `delay` milliseconds while the earlier
 * ones keep running (or one at a time when not racing), the next attempt
 * at once when one fails, and the first to connect winning while the
 * others are closed. Every attempt is recorded (address, errno, elapsed
 * time) for the error that reports them all. The attempts' descriptors
 * sit in an epoll instance of the race's own, so the caller waits for
 * all of them with one sock_wait on race_fd(). No VM types. */
#ifndef SABRE_MODULES_SOCKET_CONNECT_RACE_H
#define SABRE_MODULES_SOCKET_CONNECT_RACE_H

#include "address.h"

typedef struct {
  SockAddr address;
  int fd;          /* -1 before it starts and once it ended */
  int64_t started; /* sock_now_ms() when it started; 0 before */
  int64_t elapsed; /* milliseconds it ran, once it ended */
  int err;         /* why it failed; 0 while running or when it won */
} RaceAttempt;

typedef enum { RACE_RUNNING, RACE_WON, RACE_LOST } RaceOutcome;

/* Makes an attempt's descriptor: 0 or an errno (the socket module's
 * collects garbage first when the process is out of descriptors). */
typedef int (*RaceOpen)(VM *vm, int family, int *fd);

typedef struct {
  int epoll_fd;
  RaceAttempt *attempts;
  int count;
  int capacity;
  int next;       /* the next attempt to start */
  int running;
  int winner;     /* index of the attempt that connected, or -1 */
  int64_t delay;  /* ms between starts */
  bool parallel;  /* false: one attempt at a time */
  int64_t next_start;
  RaceOpen open;
  VM *vm; /* the one it runs in: given to open, and to sock_close */
} ConnectRace;

/* An empty race in vm; 0 or the errno of epoll_create1. */
int race_init(ConnectRace *race, VM *vm, int64_t delay, bool parallel, RaceOpen open);
/* Adds an address (ENOMEM when out of memory). */
int race_add(ConnectRace *race, const SockAddr *address);
/* Orders the addresses as RFC 8305 section 4 does: the family of the
 * first address first, then alternating families, each family in the
 * order given. Call once every address is added. */
void race_order(ConnectRace *race);
/* Collects finished attempts and starts those that are due. */
RaceOutcome race_step(ConnectRace *race);
/* When the race next needs a step even if no attempt finishes (the next
 * attempt's start), or SOCK_NEVER. */
int64_t race_next_step(const ConnectRace *race);
static inline int race_fd(const ConnectRace *race) { return race->epoll_fd; }
/* Ends the running attempts as timed out (for the error that lists them). */
void race_time_out(ConnectRace *race);
/* The winner's descriptor, which the caller then owns. */
int race_take_winner(ConnectRace *race);
/* Closes every descriptor and frees the attempts. */
void race_free(ConnectRace *race);

#endif
