"""Ping-pong client: on one connection (TCP_NODELAY), sends ROUNDS messages
of SIZE bytes, each after the echo of the one before has been read in
full, and prints round trips per second. Usage: pingpong_client.py PORT ROUNDS SIZE"""
import socket
import sys
import time

from common import connect_to, recv_exactly


def main():
    rounds, size = int(sys.argv[2]), int(sys.argv[3])
    message = b'p' * size
    sock = connect_to(sys.argv[1])
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    reply = None
    start = time.perf_counter()
    for _ in range(rounds):
        sock.sendall(message)
        reply = recv_exactly(sock, size)
    seconds = time.perf_counter() - start
    if reply != message:
        sys.exit('bad echo')
    sock.close()
    print('rtps %d' % (rounds / seconds))


main()
