/* UDP echo client: on a connected UDP socket, sends COUNT datagrams of
 * SIZE bytes one at a time, each after the echo of the one before, and
 * prints datagrams per second. Usage: udp_client PORT COUNT SIZE */
#include "common.h"

int main(int argc, char **argv) {
  if (argc != 4) return fprintf(stderr, "usage: udp_client PORT COUNT SIZE\n"), 2;
  long count = atol(argv[2]);
  size_t size = (size_t)atol(argv[3]);
  char *message = malloc(size), *reply = malloc(size);
  memset(message, 'u', size);
  int fd = connect_to(argv[1], SOCK_DGRAM);
  double start = now();
  for (long i = 0; i < count; i++) {
    if (send(fd, message, size, 0) != (ssize_t)size) die("send");
    if (recv(fd, reply, size, 0) != (ssize_t)size) die("recv");
  }
  double elapsed = now() - start;
  close(fd);
  printf("dgps %.0f\n", count / elapsed);
  return 0;
}
