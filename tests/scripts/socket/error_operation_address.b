# Every socket error says what failed and where: .operation names the
# system call (or the method, for a call the socket's state refuses) and
# .address holds the Address involved (nil when there is none).
import socket { * }

def show(e) {
  echo '${e.type} ${e.operation} ${e.address}'
}

# A port nothing listens on: bind one, note its number, close it.
var probe = Socket()
probe.bind(0, '127.0.0.1')
var dead_port = probe.port
probe.close()

var refused = Socket()
catch { refused.connect('127.0.0.1', dead_port, 2000) } as e
echo e.type                                            # expect: ConnectionRefused
echo e.operation                                       # expect: connect
echo e.address == Address('127.0.0.1', dead_port)      # expect: true
refused.close()

catch { create_connection('127.0.0.1', dead_port, 2000) } as e
echo e.operation                                       # expect: connect

var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
var second = Socket()
catch { second.bind(server.port, '127.0.0.1') } as e
echo e.type                                            # expect: AddressInUse
echo e.operation                                       # expect: bind
echo e.address == Address('127.0.0.1', server.port)    # expect: true
second.close()

server.receive_timeout = 50
catch { server.accept() } as e
echo e.type                                            # expect: TimeoutError
echo e.operation                                       # expect: accept
echo e.address == server.local_address()               # expect: true

var client = Socket()
client.connect('127.0.0.1', server.port, 2000)
var peer = server.accept()
client.receive_timeout = 50
catch { client.receive() } as e
echo e.operation                                       # expect: recv
echo e.address == peer.local_address()                 # expect: true
catch { client.read(10) } as e
echo e.operation                                       # expect: recv
catch { client.read_line() } as e
echo e.operation                                       # expect: recv
client.close()
peer.close()
server.close()

catch { get_address_info('bad..name') } as e
echo e.type                                            # expect: ResolveError
echo e.operation                                       # expect: getaddrinfo
echo e.address                                         # expect: nil

var udp = Socket(AF_INET, SOCK_DGRAM)
catch { udp.send_to('x', '255.255.255.255', 9) } as e
echo e.operation                                       # expect: sendto
echo e.address == Address('255.255.255.255', 9)        # expect: true
catch { udp.set_option(SOL_SOCKET, 12345, 1) } as e
echo e.operation                                       # expect: setsockopt
udp.close()
catch { udp.send_to('x', '127.0.0.1', 9) } as e
echo e.operation                                       # expect: send_to
echo e.errno == 9                                      # expect: true
