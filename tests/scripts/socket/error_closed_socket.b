# Every method on a closed socket raises SocketException 'the socket is
# closed' naming the method; close() itself and info() stay harmless.
import socket { * }
var other = Socket()
var s = Socket()
s.close()
var calls = {
  'send': @{ s.send('x') },
  'receive': @{ s.receive() },
  'read': @{ s.read(1) },
  'connect': @{ s.connect('127.0.0.1', 1, 100) },
  'bind': @{ s.bind(0) },
  'listen': @{ s.listen() },
  'accept': @{ s.accept() },
  'shutdown': @{ s.shutdown() },
  'set_option': @{ s.set_option(SO_REUSEADDR, true) },
  'get_option': @{ s.get_option(SO_REUSEADDR) },
  'set_blocking': @{ s.set_blocking(false) },
  'peer_address': @{ s.peer_address() },
  'local_address': @{ s.local_address() },
  'send_to': @{ s.send_to('x', '127.0.0.1', 9) },
  'receive_from': @{ s.receive_from() },
  'send_socket': @{ s.send_socket(other) },
  'receive_socket': @{ s.receive_socket() },
}
var good = 0
for name, call in calls {
  catch { call() } as e
  if e and e.type == 'SocketException' and e.message == 'Socket.${name}(): the socket is closed' {
    good++
  } else {
    echo '${name}: ${e ? e.type + ": " + e.message : "no error"}'
  }
}
echo good                       # expect: 17
catch { s.send('x') } as e
echo e.errno                    # expect: 9
echo e.operation                # expect: send
echo e.address                  # expect: nil
echo s.close()                  # expect: true
echo s.info()                   # expect: {}
other.close()
