"""Bulk transfer client: sends TOTAL bytes in sends of CHUNK bytes, ends its
stream, reads the server's count, checks it and prints MB/s (10^6 bytes per
second, from the first send to the reply). Usage: bulk_client.py ADDR TOTAL CHUNK"""
import socket
import sys
import time

from common import connect_to, recv_exactly


def main():
    total, chunk_size = int(sys.argv[2]), int(sys.argv[3])
    chunk = b'x' * chunk_size
    sock = connect_to(sys.argv[1])
    start = time.perf_counter()
    sent = 0
    while sent < total:
        if total - sent < chunk_size:
            chunk = chunk[:total - sent]
        sock.sendall(chunk)
        sent += len(chunk)
    sock.shutdown(socket.SHUT_WR)
    reply = recv_exactly(sock, 32)
    seconds = time.perf_counter() - start
    sock.close()
    if int(reply) != total:
        sys.exit('server counted %s, sent %d' % (reply, total))
    print('MBps %.1f' % (total / seconds / 1e6))


main()
