# host is settable: bind(port) and connect(nil, port) use it when no host
# is given; an over-long host is a ValueError.
import socket { * }
var server = Socket()
server.host = '127.0.0.1'
server.bind(0)
server.listen()
echo server.host                # expect: 127.0.0.1
var c = Socket()
c.host = '127.0.0.1'
echo c.connect(nil, server.port, 2000)  # expect: true
echo c.is_connected             # expect: true
catch { c.host = 'h' * 300 } as e
echo e.type                     # expect: ValueError
catch { c.host = 5 } as e
echo e.type                     # expect: TypeError
catch { c.port = 5 } as e
echo e ? e.type : 'assigned'    # expect: PropertyError
echo c.port == server.port      # expect: true
c.close()
server.close()
var d = Socket()
echo d.bind(0, nil)             # expect: true
echo d.local_address().ip  # expect: 127.0.0.1
d.close()
