# connect()'s timeout must be a non-negative integer; host nil means the
# socket's own host; an AF_INET socket needs a port.
import socket { * }
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
var s = Socket()
catch { s.connect('127.0.0.1', server.port, -1) } as e
echo e.type                     # expect: ValueError
catch { s.connect('127.0.0.1', server.port, 'soon') } as e
echo e.type                     # expect: TypeError
catch { s.connect('127.0.0.1') } as e
echo e.type                     # expect: ArgumentError
echo e.message                  # expect: Socket.connect(): a port is needed for an internet socket
catch { s.connect(42, server.port) } as e
echo e.type                     # expect: TypeError
echo s.is_connected             # expect: false
echo s.connect(nil, server.port, 2000)  # expect: true
echo s.host                     # expect: 127.0.0.1
echo s.port == server.port      # expect: true
s.close()
server.close()
