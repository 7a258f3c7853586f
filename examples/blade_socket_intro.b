# The Blade socket reference's introduction, its examples unchanged: make a socket, connect, answer what the server sent with "You sent: ", close. Run: build/sabre examples/blade_socket_intro.b [PORT] while a server that speaks first listens on 127.0.0.1, e.g. socat TCP-LISTEN:4000,reuseaddr SYSTEM:'echo hello; cat >&2'
import socket { Socket }
import socket { AF_INET, SOCK_STREAM, IPPROTO_TCP }
import os

# The reference uses port 4000.
var port = os.args.length() > 1 ? to_number(os.args[1]) : 4000

# "A simple socket may be instantiated as follows":
var sock = Socket()

# "... and it is equivalent to":
var same = Socket(AF_INET, SOCK_STREAM, IPPROTO_TCP)
echo 'Socket() is Socket(AF_INET, SOCK_STREAM, IPPROTO_TCP): ' +
     '${sock.family == same.family and sock.type == same.type and sock.protocol == same.protocol}'
sock.close()
same.close()

# "You can establish a connection with another socket", then read and write:
var socket = Socket()
socket.connect('127.0.0.1', port)

var message_from_client = socket.receive()
socket.send('You sent: ' + message_from_client)
echo 'Replied to: ${message_from_client.trim()}'

# "Its good practice to always ensure to close sockets when done with it":
socket.close()
