# A restarted server binds its port while a connection of the old one waits
# out TIME_WAIT: bind() turns SO_REUSEADDR on. A socket whose script turned
# the option off gets AddressInUse there, as in C.
import socket { * }
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
var port = server.port
var client = Socket()
client.connect('127.0.0.1', port, 2000)
client.receive_timeout = 2000
var conn = server.accept()
conn.close()                    # the server's end closes first: it will wait in TIME_WAIT
echo client.receive() == ''     # expect: true
client.close()
server.close()

var strict = Socket()
strict.set_option(SO_REUSEADDR, false)
catch { strict.bind(port, '127.0.0.1') } as e
echo e.type                     # expect: AddressInUse
strict.close()

var restarted = Socket()
echo restarted.bind(port, '127.0.0.1')   # expect: true
restarted.listen()
echo restarted.is_listening     # expect: true
restarted.close()
