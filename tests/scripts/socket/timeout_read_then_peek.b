# Bytes kept from a timed-out read() come first for every later receive,
# including a MSG_PEEK one: peeking must not skip over them.
import socket { * }
var pair = socket_pair()
var a = pair[0], b = pair[1]
b.receive_timeout = 100
a.send('abc')
catch { b.read(6) } as e
echo e.type                     # expect: TimeoutError
a.send('def')
echo b.receive(6, MSG_PEEK).starts_with('abc')   # expect: true
echo b.receive(3)               # expect: abc
echo b.receive(3)               # expect: def
a.close()
b.close()
