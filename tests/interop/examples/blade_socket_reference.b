# examples/blade_socket_reference.b uses every function, property and method of the Blade socket reference on loopback sockets and prints what each gave.
import ._peers

var r = _peers.run('blade_socket_reference', [])
echo r[0]                       # expect: 0
echo r[1].trim()
# expect: get_address_info: 127.0.0.1 (localhost), port 80 for http
# expect: IP_ANY 0.0.0.0, IP_LOCAL 127.0.0.1, SOMAXCONN true
# expect: new server: is_bound false, is_listening false, is_closed false
# expect: bind: true, host 127.0.0.1, port chosen: true
# expect: listen: true, is_listening true
# expect: printable: <Socket 127.0.0.1:PORT listening>
# expect: get_option(SO_REUSEADDR): true, SO_TYPE is SOCK_STREAM: true
# expect: family true, type true, protocol true, id true
# expect: connect: true, is_connected true, is_client true
# expect: accept: is_connected true, same port as the client connected to: true
# expect: info(): 127.0.0.1, family AF_INET: true
# expect: send: 13
# expect: receive: hello, server
# expect: receive(4): 0123
# expect: read(6): 456789
# expect: receive_timeout 5000, send_timeout 1500, SO_RCVTIMEO 5000
# expect: is_blocking: false
# expect: non-blocking receive: SocketException, errno 11
# expect: shutdown: true, is_shutdown true, reason SHUT_WR: true
# expect: server reads: bye, then the end: true
# expect: connect to a port nobody listens on: ConnectionRefused, a SocketException: true
# expect: close: is_closed true, again: true
