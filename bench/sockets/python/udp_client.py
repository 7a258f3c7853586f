"""UDP echo client: on a connected UDP socket, sends COUNT datagrams of SIZE
bytes one at a time, each after the echo of the one before, and prints
datagrams per second. Usage: udp_client.py PORT COUNT SIZE"""
import socket
import sys
import time


def main():
    count, size = int(sys.argv[2]), int(sys.argv[3])
    message = b'u' * size
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.connect(('127.0.0.1', int(sys.argv[1])))
    reply = None
    start = time.perf_counter()
    for _ in range(count):
        sock.send(message)
        reply = sock.recv(size)
    seconds = time.perf_counter() - start
    if reply != message:
        sys.exit('bad echo')
    sock.close()
    print('dgps %d' % (count / seconds))


main()
