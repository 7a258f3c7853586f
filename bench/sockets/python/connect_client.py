"""Connection client: COUNT times in a row, connects, sends SIZE bytes, reads
the echo and closes; prints connections per second.
Usage: connect_client.py PORT COUNT SIZE"""
import socket
import sys
import time

from common import recv_exactly


def main():
    port, count, size = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    message = b'c' * size
    start = time.perf_counter()
    for _ in range(count):
        with socket.create_connection(('127.0.0.1', port)) as sock:
            sock.sendall(message)
            if recv_exactly(sock, size) != message:
                sys.exit('bad echo')
    seconds = time.perf_counter() - start
    print('connps %d' % (count / seconds))


main()
