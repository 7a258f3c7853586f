/* Connection client: COUNT times in a row, connects, sends SIZE bytes,
 * reads the echo and closes; prints connections per second.
 * Usage: connect_client ADDR COUNT SIZE */
#include "common.h"

int main(int argc, char **argv) {
  if (argc != 4) return fprintf(stderr, "usage: connect_client ADDR COUNT SIZE\n"), 2;
  long count = atol(argv[2]);
  size_t size = (size_t)atol(argv[3]);
  char *message = malloc(size), *reply = malloc(size);
  memset(message, 'c', size);
  double start = now();
  for (long i = 0; i < count; i++) {
    int fd = connect_to(argv[1], SOCK_STREAM);
    if (write_all(fd, message, size) < 0) die("write");
    if (read_exactly(fd, reply, size) != (ssize_t)size) die("read");
    close(fd);
  }
  double elapsed = now() - start;
  printf("connps %.0f\n", count / elapsed);
  return 0;
}
