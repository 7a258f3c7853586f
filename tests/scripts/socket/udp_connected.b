# connect() on a UDP socket fixes its peer: send() and receive() then work
# without addresses, and peer_address() names the peer.
import socket { * }
var a = Socket(AF_INET, SOCK_DGRAM)
a.bind(0, '127.0.0.1')
a.receive_timeout = 2000
var b = Socket(AF_INET, SOCK_DGRAM)
b.receive_timeout = 2000
echo b.connect('127.0.0.1', a.port, 1000)   # expect: true
echo b.is_connected             # expect: true
echo b.peer_address().port == a.port   # expect: true
echo b.send('via connect')      # expect: 11
var r = a.receive_from()
echo r[0]                       # expect: via connect
a.send_to('reply', r[1], r[2])
echo b.receive()                # expect: reply
a.close()
b.close()
