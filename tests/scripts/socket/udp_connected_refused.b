# A connected UDP socket whose peer port is closed learns it from the ICMP
# reply: the next receive raises ConnectionRefused instead of timing out.
import socket { * }
var probe = Socket(AF_INET, SOCK_DGRAM)
probe.bind(0, '127.0.0.1')
var port = probe.port
probe.close()
var u = Socket(AF_INET, SOCK_DGRAM)
u.receive_timeout = 2000
u.connect('127.0.0.1', port, 1000)
u.send('anyone?')
catch { u.receive() } as e
echo e.type                     # expect: ConnectionRefused
echo e.errno                    # expect: 111
echo e.message                  # expect: Socket.receive(): receive: Connection refused
u.close()
