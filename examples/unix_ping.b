# UNIX listener and stream in one script (Inko's "Unix socket clients and servers"): the stream writes "ping", the listener's connection reads it. Run: build/sabre examples/unix_ping.b [PATH]
import socket { Socket, AF_UNIX }
import os

var path = os.args.length() > 1 ? os.args[1] : '/tmp/test.sock'

var listener = Socket(AF_UNIX)
listener.bind(path)
listener.listen()
var stream = Socket(AF_UNIX)
stream.connect(path)

stream.send('ping')

var connection = listener.accept()
var message = connection.read(4)

echo message

for s in [connection, stream, listener] s.close()
# Closing a listener leaves its socket file; remove it so the script can run again.
file(path).delete()
