/* Connection server: for each connection, reads one message of SIZE
 * bytes, writes it back and closes. Usage: connect_server ADDR SIZE */
#include "common.h"

int main(int argc, char **argv) {
  if (argc != 3) return fprintf(stderr, "usage: connect_server ADDR SIZE\n"), 2;
  int server = open_server(argv[1], SOCK_STREAM);
  size_t size = (size_t)atol(argv[2]);
  char *buffer = malloc(size);
  for (;;) {
    int conn = accept(server, NULL, NULL);
    if (conn < 0) continue;
    if (read_exactly(conn, buffer, size) == (ssize_t)size) write_all(conn, buffer, size);
    close(conn);
  }
}
