# Binding a port another socket listens on raises AddressInUse (errno
# EADDRINUSE) naming the address; the loser stays unbound and usable.
import socket { * }
var first = Socket()
first.bind(0, '127.0.0.1')
first.listen()
var second = Socket()
catch { second.bind(first.port, '127.0.0.1') } as e
echo e.type                     # expect: AddressInUse
echo e.errno                    # expect: 98
echo e.message == 'Socket.bind(): bind to 127.0.0.1:${first.port}: Address already in use'  # expect: true
echo instance_of(e, SocketException)  # expect: true
echo second.is_bound            # expect: false
echo second.bind(0, '127.0.0.1')  # expect: true
catch { create_server(first.port, '127.0.0.1') } as e2
echo e2.type                    # expect: AddressInUse
var u1 = Socket(AF_INET, SOCK_DGRAM)
u1.bind(0, '127.0.0.1')
var u2 = Socket(AF_INET, SOCK_DGRAM)
catch { u2.bind(u1.port, '127.0.0.1') } as e3
echo e3.type                    # expect: AddressInUse
first.close()
second.close()
u1.close()
u2.close()
