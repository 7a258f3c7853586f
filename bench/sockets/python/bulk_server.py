"""Bulk transfer server: for each connection, receives (64 KiB at a time,
into one buffer, as the C server does) and counts bytes until the client
ends its stream, then replies with the count and a newline.
Usage: bulk_server.py ADDR"""
import sys

from common import listen_on


def main():
    server = listen_on(sys.argv[1])
    while True:
        conn, _ = server.accept()
        with conn:
            total = 0
            buffer = bytearray(65536)
            try:
                while True:
                    got = conn.recv_into(buffer)
                    if not got:
                        break
                    total += got
                conn.sendall(b'%d\n' % total)
            except OSError:
                pass  # a client that goes away early is not an error here


main()
