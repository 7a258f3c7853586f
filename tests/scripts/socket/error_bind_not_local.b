# Binding to an address this machine does not have raises SocketException
# (EADDRNOTAVAIL) naming the address; nothing is sent anywhere.
import socket { * }
var s = Socket()
catch { s.bind(0, '192.0.2.1') } as e
echo e.type                     # expect: SocketException
echo e.errno                    # expect: 99
echo e.message                  # expect: Socket.bind(): bind to 192.0.2.1:0: Cannot assign requested address
echo s.is_bound                 # expect: false
catch { s.bind(0, 'bad..name') } as e
echo e.type                     # expect: ResolveError
echo s.bind(0, 'localhost')     # expect: true
echo s.host                     # expect: 127.0.0.1
s.close()
