# send_socket() needs an AF_UNIX channel, an open Socket to pass, and a
# Socket argument; receive_socket() when the peer sent plain data or
# closed raises instead of returning a bogus socket, and the data it read
# stays for the next read.
import socket { * }
var tcp = Socket()
var other = Socket()
catch { tcp.send_socket(other) } as e
echo e.type                     # expect: SocketException
echo e.message                  # expect: Socket.send_socket(): sockets pass only over AF_UNIX: Address family not supported by protocol
var pair = socket_pair()
var closed = Socket()
closed.close()
catch { pair[0].send_socket(closed) } as e
echo e.type                     # expect: SocketException
echo e.message                  # expect: Socket.send_socket(): the socket to send is closed: Bad file descriptor
catch { pair[0].send_socket('not a socket') } as e
echo e.type                     # expect: TypeError
pair[1].receive_timeout = 100
catch { pair[1].receive_socket() } as e
echo e.type                     # expect: TimeoutError
pair[0].send('xy')
catch { pair[1].receive_socket() } as e
echo e.type                     # expect: SocketException
echo e.message                  # expect: Socket.receive_socket(): receive a socket: the peer sent data, not a socket: Protocol error
echo pair[1].receive()          # expect: xy
pair[0].close()
echo pair[1].receive_socket()   # expect: nil
tcp.close()
other.close()
pair[1].close()
var dgram = socket_pair(AF_UNIX, SOCK_DGRAM)
dgram[0].send('ab')
catch { dgram[1].receive_socket() } as e
echo e.type                     # expect: SocketException
echo dgram[1].receive()         # expect: ab
dgram[0].close()
dgram[1].close()
