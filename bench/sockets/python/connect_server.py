"""Connection server: for each connection, reads one message of SIZE bytes,
sends it back and closes. Usage: connect_server.py PORT SIZE"""
import sys

from common import listen_on, recv_exactly


def main():
    size = int(sys.argv[2])
    server = listen_on(sys.argv[1])
    while True:
        conn, _ = server.accept()
        with conn:
            try:
                message = recv_exactly(conn, size)
                if len(message) == size:
                    conn.sendall(message)
            except OSError:
                pass


main()
