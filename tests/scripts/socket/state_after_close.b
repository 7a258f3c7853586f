# close() closes for good: is_closed, id -1, no longer bound, listening or
# connected; closing again does nothing.
import socket { * }
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
server.receive_timeout = 2000
var client = Socket()
client.connect('127.0.0.1', server.port, 2000)
var accepted = server.accept()
echo client.close()                 # expect: true
echo client.is_closed               # expect: true
echo client.is_connected            # expect: false
echo client.id                      # expect: -1
echo client.close()                 # expect: true
echo client.is_closed               # expect: true
echo server.close()                 # expect: true
echo server.is_closed               # expect: true
echo server.is_listening            # expect: false
echo server.is_bound                # expect: false
echo server.info()                  # expect: {}
accepted.close()
echo accepted.is_connected          # expect: false
echo accepted.is_closed             # expect: true
