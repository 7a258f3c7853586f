/* Ping-pong server: for each connection (TCP_NODELAY), reads messages of
 * SIZE bytes and writes each one back, until the client closes.
 * Usage: pingpong_server ADDR SIZE */
#include "common.h"

int main(int argc, char **argv) {
  if (argc != 3) return fprintf(stderr, "usage: pingpong_server ADDR SIZE\n"), 2;
  int server = open_server(argv[1], SOCK_STREAM);
  size_t size = (size_t)atol(argv[2]);
  char *buffer = malloc(size);
  for (;;) {
    int conn = accept(server, NULL, NULL);
    if (conn < 0) continue;
    set_nodelay(conn);
    while (read_exactly(conn, buffer, size) == (ssize_t)size)
      if (write_all(conn, buffer, size) < 0) break;
    close(conn);
  }
}
