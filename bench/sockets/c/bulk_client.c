/* Bulk transfer client: sends TOTAL bytes in writes of CHUNK bytes, ends
 * its stream, reads the server's count, checks it and prints the rate in
 * MB/s (10^6 bytes per second, from the first write to the reply).
 * Usage: bulk_client ADDR TOTAL CHUNK */
#include "common.h"

int main(int argc, char **argv) {
  if (argc != 4) return fprintf(stderr, "usage: bulk_client ADDR TOTAL CHUNK\n"), 2;
  long long total = atoll(argv[2]);
  size_t chunk = (size_t)atol(argv[3]);
  char *buffer = malloc(chunk);
  memset(buffer, 'x', chunk);
  int fd = connect_to(argv[1], SOCK_STREAM);
  double start = now();
  for (long long sent = 0; sent < total; sent += (long long)chunk) {
    size_t n = total - sent < (long long)chunk ? (size_t)(total - sent) : chunk;
    if (write_all(fd, buffer, n) < 0) die("write");
  }
  shutdown(fd, SHUT_WR);
  char reply[32];
  ssize_t n = read_exactly(fd, reply, sizeof reply - 1);
  if (n < 0) die("read");
  reply[n] = '\0';
  double elapsed = now() - start;
  if (atoll(reply) != total) {
    fprintf(stderr, "bulk_client: server counted %s, sent %lld\n", reply, total);
    return 1;
  }
  close(fd);
  printf("MBps %.1f\n", total / elapsed / 1e6);
  return 0;
}
