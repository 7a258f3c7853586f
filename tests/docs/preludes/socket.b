# The names the examples of docs/socket.md use without defining them:
# everything of the socket module, `port` where an echo server listens on
# 127.0.0.1, and `sock`, a Socket connected to it.
import socket { * }
import os
var port = to_number(os.env('DOC_ECHO_PORT'))
var sock = Socket()
sock.connect('127.0.0.1', port, 10000)
