/* Bulk transfer server: for each connection, reads (64 KiB at a time) and
 * counts bytes until the client ends its stream, then replies with the
 * count in decimal and a newline. Usage: bulk_server ADDR */
#include "common.h"

int main(int argc, char **argv) {
  if (argc != 2) return fprintf(stderr, "usage: bulk_server ADDR\n"), 2;
  int server = open_server(argv[1], SOCK_STREAM);
  static char buffer[65536];
  for (;;) {
    int conn = accept(server, NULL, NULL);
    if (conn < 0) continue;
    long long total = 0;
    ssize_t n;
    while ((n = read(conn, buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR))
      if (n > 0) total += n;
    char reply[32];
    int length = snprintf(reply, sizeof reply, "%lld\n", total);
    write_all(conn, reply, (size_t)length);
    close(conn);
  }
}
