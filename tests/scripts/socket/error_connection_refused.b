# Connecting to a port nothing listens on (bound, then closed) raises
# ConnectionRefused with errno ECONNREFUSED and a message naming the
# method, the address and the cause.
import socket { * }
var probe = Socket()
probe.bind(0, '127.0.0.1')
var port = probe.port
probe.close()
var s = Socket()
catch { s.connect('127.0.0.1', port, 2000) } as e
echo e.type                                 # expect: ConnectionRefused
echo e.errno                                # expect: 111
echo e.message == 'Socket.connect(): connect to 127.0.0.1:${port}: Connection refused'  # expect: true
echo instance_of(e, SocketException)        # expect: true
echo instance_of(e, OSError)                # expect: true
echo s.is_connected                         # expect: false
echo s.is_closed                            # expect: false
s.close()
