"""Bulk transfer server: for each connection, receives (64 KiB at a time)
and counts bytes until the client ends its stream, then replies with the
count and a newline. Usage: bulk_server.py ADDR"""
import sys

from common import listen_on


def main():
    server = listen_on(sys.argv[1])
    while True:
        conn, _ = server.accept()
        with conn:
            total = 0
            try:
                while True:
                    data = conn.recv(65536)
                    if not data:
                        break
                    total += len(data)
                conn.sendall(b'%d\n' % total)
            except OSError:
                pass  # a client that goes away early is not an error here


main()
