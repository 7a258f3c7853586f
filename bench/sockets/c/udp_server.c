/* UDP echo server: sends every datagram back to its sender.
 * Usage: udp_server PORT */
#include "common.h"

int main(int argc, char **argv) {
  if (argc != 2) return fprintf(stderr, "usage: udp_server PORT\n"), 2;
  int fd = open_server(argv[1], SOCK_DGRAM);
  static char buffer[65536];
  for (;;) {
    struct sockaddr_storage from;
    socklen_t from_length = sizeof from;
    ssize_t n = recvfrom(fd, buffer, sizeof buffer, 0, (struct sockaddr *)&from, &from_length);
    if (n >= 0) sendto(fd, buffer, (size_t)n, 0, (struct sockaddr *)&from, from_length);
  }
}
