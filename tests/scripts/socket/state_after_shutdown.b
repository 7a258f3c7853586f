# shutdown() records how it was called; the socket stays open and connected.
import socket { * }
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
server.receive_timeout = 2000
var client = Socket()
client.connect('127.0.0.1', server.port, 2000)
var accepted = server.accept()
echo client.shutdown(SHUT_WR)       # expect: true
echo client.is_shutdown             # expect: true
echo client.shutdown_reason == SHUT_WR  # expect: true
echo client.is_connected            # expect: true
echo client.is_closed               # expect: false
# Sending after our own SHUT_WR is our doing, not a reset by the peer.
catch { client.send('late') } as e
echo [e.type, e.errno, e.message]   # expect: ['SocketException', 32, 'Socket.send(): the socket was shut down for writing (shutdown())']
echo accepted.is_shutdown           # expect: false
echo accepted.shutdown_reason       # expect: -1
# the default is SHUT_RD, and the last call wins
echo accepted.shutdown()            # expect: true
echo accepted.shutdown_reason == SHUT_RD  # expect: true
accepted.shutdown(SHUT_RDWR)
echo accepted.shutdown_reason == SHUT_RDWR  # expect: true
echo [SHUT_RD, SHUT_WR, SHUT_RDWR]  # expect: [0, 1, 2]
accepted.close()
client.close()
server.close()
