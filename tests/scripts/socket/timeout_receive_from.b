# receive_from() on a UDP socket with nothing to receive times out.
import socket { * }
var u = Socket(AF_INET, SOCK_DGRAM)
u.bind(0, '127.0.0.1')
u.receive_timeout = 100
catch { u.receive_from() } as e
echo e.type                     # expect: TimeoutError
echo e.message                  # expect: Socket.receive_from(): receive a datagram: timed out
var v = Socket(AF_INET, SOCK_DGRAM)
v.bind(0, '127.0.0.1')
v.send_to('now', '127.0.0.1', u.port)
echo u.receive_from()[0]        # expect: now
u.close()
v.close()
