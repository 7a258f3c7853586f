# receive_socket() tells a passed socket from plain data whether or not the receiving
# socket passes credentials (SO_PASSCRED, which adds a credentials message to every
# message received): a socket arrives and works, and data sent without one raises and
# stays whole for the next read, on a stream and on a datagram pair alike.
import socket { * }

def check(type, pass_credentials) {
  var pair = socket_pair(AF_UNIX, type)
  var receiver = pair[1]
  receiver.set_option(SO_PASSCRED, pass_credentials)
  receiver.receive_timeout = 2000
  var results = [receiver.get_option(SO_PASSCRED)]
  var inner = socket_pair()
  pair[0].send_socket(inner[0])
  var passed = receiver.receive_socket()
  passed.send('through the passed socket')
  inner[1].receive_timeout = 2000
  results.append(inner[1].receive())
  pair[0].send('DATA')
  catch { receiver.receive_socket() } as e
  results.append(e.message.contains('the peer sent data, not a socket'))
  results.append(receiver.receive())
  pair[0].send_socket(inner[1])            # the next socket still comes
  var again = receiver.receive_socket()
  results.append(again.family == AF_UNIX and again.is_connected)
  for s in pair + inner + [passed, again] s.close()
  return results
}

echo check(SOCK_STREAM, false)   # expect: [false, 'through the passed socket', true, 'DATA', true]
echo check(SOCK_STREAM, true)    # expect: [true, 'through the passed socket', true, 'DATA', true]
echo check(SOCK_DGRAM, false)    # expect: [false, 'through the passed socket', true, 'DATA', true]
echo check(SOCK_DGRAM, true)     # expect: [true, 'through the passed socket', true, 'DATA', true]
