"""Ping-pong server: for each connection (TCP_NODELAY), reads messages of
SIZE bytes and sends each one back, until the client closes.
Usage: pingpong_server.py PORT SIZE"""
import socket
import sys

from common import listen_on, recv_exactly


def main():
    size = int(sys.argv[2])
    server = listen_on(sys.argv[1])
    while True:
        conn, _ = server.accept()
        with conn:
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            try:
                while True:
                    message = recv_exactly(conn, size)
                    if len(message) < size:
                        break
                    conn.sendall(message)
            except OSError:
                pass


main()
