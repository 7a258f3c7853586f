#!/usr/bin/env python3
"""The servers the examples of the docs talk to (run_examples.py starts this
and stops it by its PID): a TCP echo server and a TLS echo server, both on
127.0.0.1 with ports the system picks; the TLS one presents DIR/server.pem
(for localhost). Usage: example_peers.py DIR. Prints "PORTS TCP TLS" once
both listen; echoes each connection, in a thread of its own, until the
client ends its stream, then ends its own (with a TLS close_notify). Exits on SIGTERM, and by itself
after 600 seconds so that it can never outlive a run."""
import signal, socket, ssl, sys, threading

WAIT = 30  # seconds a connection may stay silent


def echo(conn, wrap):
    try:
        with conn:
            conn.settimeout(WAIT)
            if wrap:
                conn = wrap(conn)
            while True:
                data = conn.recv(65536)
                if not data:
                    break
                conn.sendall(data)
            if wrap:
                conn.unwrap()  # close_notify: the stream ended, not cut short
    except (OSError, ssl.SSLError):
        pass  # an example may drop its connection at any point


def serve(listener, wrap):
    while True:
        conn, _ = listener.accept()
        threading.Thread(target=echo, args=(conn, wrap), daemon=True).start()


def main():
    signal.alarm(600)
    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls.load_cert_chain(sys.argv[1] + "/server.pem", sys.argv[1] + "/server.key")
    wrap = lambda conn: tls.wrap_socket(conn, server_side=True)
    listeners = [socket.create_server(("127.0.0.1", 0)) for _ in range(2)]
    for listener, wrapper in zip(listeners, (None, wrap)):
        threading.Thread(target=serve, args=(listener, wrapper), daemon=True).start()
    print("PORTS", *(listener.getsockname()[1] for listener in listeners), flush=True)
    signal.sigwait({signal.SIGTERM, signal.SIGALRM})


if __name__ == "__main__":
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM, signal.SIGALRM})
    main()
