"""Shared by the Python socket benchmark programs. An address argument is
a TCP port on 127.0.0.1, or a UNIX socket path when it contains a '/'."""
import socket


def listen_on(address):
    if '/' in address:
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        server.bind(address)
        server.listen()
        return server
    return socket.create_server(('127.0.0.1', int(address)))


def connect_to(address):
    if '/' in address:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.connect(address)
        return sock
    return socket.create_connection(('127.0.0.1', int(address)))


def recv_exactly(sock, size):
    """size bytes, or fewer when the stream ends first."""
    data = sock.recv(size)
    while data and len(data) < size:
        more = sock.recv(size - len(data))
        if not more:
            break
        data += more
    return data
