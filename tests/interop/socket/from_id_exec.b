# from_id(): a Sabre program started with exec adopts the listener its parent made
# inheritable, reads its state from the system and serves a client; descriptors that are
# closed, not sockets, or already owned are refused.
import socket { * }
import os

var listener = create_server(0, '127.0.0.1')
listener.inheritable = true
var sabre = os.env('SABRE_BIN') ? os.env('SABRE_BIN') : 'build/sabre'
var child_path = '/tmp/sabre_from_id_${os.getpid()}.b'
var f = file(child_path, 'w')
f.write("import socket { * }
import os
var adopted = from_id(to_number(os.args[1]))
adopted.receive_timeout = 5000
var conn = adopted.accept()
conn.send('\${adopted.family == AF_INET} \${adopted.type == SOCK_STREAM} \${adopted.is_listening} \${adopted.port}')
conn.close()
adopted.close()
")
f.close()
var child = os.fork()
if child == 0 os.exec([sabre, child_path, to_string(listener.id)])
var client = create_connection('127.0.0.1', listener.port, 5000)
client.receive_timeout = 5000
echo client.read(-1) == 'true true true ${listener.port}'   # expect: true
client.close()
echo os.wait(child)                                         # expect: 0
file(child_path).delete()

catch { from_id(listener.id) } as owned
echo owned.type                                             # expect: ValueError
echo owned.message.contains('already belongs to the Socket created at')   # expect: true
listener.close()
catch { from_id(999999) } as closed
echo [closed.type, closed.errno]                            # expect: ['SocketException', 9]
catch { from_id(0) } as not_socket   # the runner's standard input: /dev/null
echo [not_socket.errno, not_socket.message]
# expect: [88, 'socket.from_id(): adopt descriptor 0: it is not a socket: Socket operation on non-socket']
catch { from_id(-1) } as negative
echo negative.type                                          # expect: ValueError
