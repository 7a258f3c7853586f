# TCP listener and stream in one script (Inko's "TCP clients and servers"): the stream writes "ping", the listener's connection reads it. Run: build/sabre examples/tcp_ping.b [PORT]
import socket { Socket, create_server }
import os

var port = os.args.length() > 1 ? to_number(os.args[1]) : 40000

var listener = create_server(port, '127.0.0.1')
var stream = Socket()
stream.connect('127.0.0.1', port)

# The connection is queued by the system until accept(), so writing first is fine.
stream.send('ping')

var connection = listener.accept()
var message = connection.read(4)   # exactly 4 bytes

echo message

for s in [connection, stream, listener] s.close()
