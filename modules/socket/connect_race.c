/* The connection race (see connect_race.h). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>

#include "connect_race.h"

int race_init(ConnectRace *race, VM *vm, int64_t delay, bool parallel, RaceOpen open) {
  memset(race, 0, sizeof *race);
  race->open = open;
  race->vm = vm;
  race->winner = -1;
  race->delay = delay;
  race->parallel = parallel;
  race->epoll_fd = epoll_create1(EPOLL_CLOEXEC);
  return race->epoll_fd < 0 ? errno : 0;
}

int race_add(ConnectRace *race, const SockAddr *address) {
  if (race->count == race->capacity) {
    int capacity = race->capacity ? race->capacity * 2 : 4;
    RaceAttempt *grown = realloc(race->attempts, (size_t)capacity * sizeof *grown);
    if (grown == NULL) return ENOMEM;
    race->attempts = grown;
    race->capacity = capacity;
  }
  race->attempts[race->count++] = (RaceAttempt){*address, -1, 0, 0, 0};
  return 0;
}

static int family_of(const RaceAttempt *a) { return a->address.storage.ss_family; }

/* Stable: repeatedly takes the first remaining address of the wanted
 * family, switching families after each one while the other has some. */
void race_order(ConnectRace *race) {
  if (race->count < 2) return;
  RaceAttempt *ordered = malloc((size_t)race->count * sizeof *ordered);
  bool *taken = calloc((size_t)race->count, sizeof *taken);
  if (ordered == NULL || taken == NULL) { /* keep getaddrinfo's order */
    free(ordered);
    free(taken);
    return;
  }
  int want = family_of(&race->attempts[0]);
  for (int n = 0; n < race->count; n++) {
    int pick = -1, other = -1;
    for (int i = 0; i < race->count && pick < 0; i++) {
      if (taken[i]) continue;
      if (family_of(&race->attempts[i]) == want) pick = i;
      else if (other < 0) other = i;
    }
    if (pick < 0) pick = other;
    taken[pick] = true;
    ordered[n] = race->attempts[pick];
    int family = family_of(&ordered[n]);
    for (int i = 0; i < race->count; i++)
      if (!taken[i] && family_of(&race->attempts[i]) != family) {
        want = family_of(&race->attempts[i]);
        break;
      }
  }
  memcpy(race->attempts, ordered, (size_t)race->count * sizeof *ordered);
  free(ordered);
  free(taken);
}

static void end_attempt(ConnectRace *race, int i, int err) {
  RaceAttempt *a = &race->attempts[i];
  a->elapsed = sock_now_ms() - a->started;
  a->err = err;
  race->running--;
  if (err == 0) {
    race->winner = i;
    return;
  }
  sock_close(race->vm, a->fd); /* closing it also takes it out of the epoll set */
  a->fd = -1;
}

/* Starts the next attempt; false when it ended at once (failed or won). */
static bool start_next(ConnectRace *race) {
  int i = race->next++;
  RaceAttempt *a = &race->attempts[i];
  a->started = sock_now_ms();
  race->next_start = a->started + race->delay;
  int err = race->open(race->vm, family_of(a), &a->fd);
  if (err) {
    a->fd = -1;
    a->err = err;
    return false;
  }
  race->running++;
  err = sock_connect_start(a->fd, &a->address);
  struct epoll_event e = {.events = EPOLLOUT, .data.u32 = (uint32_t)i};
  if (err == EINPROGRESS && epoll_ctl(race->epoll_fd, EPOLL_CTL_ADD, a->fd, &e) == 0) return true;
  if (err == EINPROGRESS) err = errno;
  end_attempt(race, i, err);
  return false;
}

static void collect(ConnectRace *race) {
  struct epoll_event events[16];
  int n;
  do {
    n = epoll_wait(race->epoll_fd, events, 16, 0);
    for (int k = 0; k < n && race->winner < 0; k++) {
      int i = (int)events[k].data.u32;
      epoll_ctl(race->epoll_fd, EPOLL_CTL_DEL, race->attempts[i].fd, NULL);
      end_attempt(race, i, sock_connect_outcome(race->attempts[i].fd));
    }
  } while (n == 16 && race->winner < 0);
}

RaceOutcome race_step(ConnectRace *race) {
  collect(race);
  while (race->winner < 0 && race->next < race->count &&
         (race->running == 0 || (race->parallel && sock_now_ms() >= race->next_start)))
    start_next(race);
  if (race->winner >= 0) return RACE_WON;
  return race->running == 0 && race->next == race->count ? RACE_LOST : RACE_RUNNING;
}

int64_t race_next_step(const ConnectRace *race) {
  return race->parallel && race->next < race->count ? race->next_start : SOCK_NEVER;
}

void race_time_out(ConnectRace *race) {
  for (int i = 0; i < race->next; i++)
    if (race->attempts[i].fd >= 0 && i != race->winner) end_attempt(race, i, ETIMEDOUT);
}

int race_take_winner(ConnectRace *race) {
  RaceAttempt *a = &race->attempts[race->winner];
  int fd = a->fd;
  a->fd = -1;
  epoll_ctl(race->epoll_fd, EPOLL_CTL_DEL, fd, NULL);
  sock_set_non_blocking(fd, false); /* as the socket module's descriptors are */
  return fd;
}

void race_free(ConnectRace *race) {
  for (int i = 0; i < race->count; i++)
    if (race->attempts[i].fd >= 0) sock_close(race->vm, race->attempts[i].fd);
  if (race->epoll_fd >= 0) sock_close(race->vm, race->epoll_fd);
  free(race->attempts);
  race->attempts = NULL;
  race->count = 0;
  race->epoll_fd = -1;
}
