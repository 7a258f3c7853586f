/* Ping-pong client: on one connection (TCP_NODELAY), sends ROUNDS messages
 * of SIZE bytes, each after the echo of the one before has been read in
 * full, and prints round trips per second.
 * Usage: pingpong_client ADDR ROUNDS SIZE */
#include "common.h"

int main(int argc, char **argv) {
  if (argc != 4) return fprintf(stderr, "usage: pingpong_client ADDR ROUNDS SIZE\n"), 2;
  long rounds = atol(argv[2]);
  size_t size = (size_t)atol(argv[3]);
  char *message = malloc(size), *reply = malloc(size);
  memset(message, 'p', size);
  int fd = connect_to(argv[1], SOCK_STREAM);
  set_nodelay(fd);
  double start = now();
  for (long i = 0; i < rounds; i++) {
    if (write_all(fd, message, size) < 0) die("write");
    if (read_exactly(fd, reply, size) != (ssize_t)size) die("read");
  }
  double elapsed = now() - start;
  if (memcmp(message, reply, size) != 0) return fprintf(stderr, "pingpong_client: bad echo\n"), 1;
  close(fd);
  printf("rtps %.0f\n", rounds / elapsed);
  return 0;
}
