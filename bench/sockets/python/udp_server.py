"""UDP echo server: sends every datagram back to its sender.
Usage: udp_server.py PORT"""
import socket
import sys


def main():
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(('127.0.0.1', int(sys.argv[1])))
    while True:
        data, sender = sock.recvfrom(65536)
        sock.sendto(data, sender)


main()
