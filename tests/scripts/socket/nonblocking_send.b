# A non-blocking send into a full buffer raises SocketException (EAGAIN)
# with .bytes_sent; select() then reports the socket not writable until the
# peer reads.
import socket { * }
var pair = socket_pair()
var a = pair[0], b = pair[1]
a.set_blocking(false)
var error = nil
var total = 0
iter var i = 0; i < 10000 and !error; i++ {
  catch { total += a.send('x' * 65536) } as e
  error = e
}
echo error.type                 # expect: SocketException
echo error.errno                # expect: 11
echo error.bytes_sent < 65536   # expect: true
total += error.bytes_sent
echo total > 0                  # expect: true
echo select(nil, [a], nil, 0)[1].length()   # expect: 0
b.receive_timeout = 1000
var drained = 0
while drained < total {
  drained += bytes(b.receive(1048576)).length()
}
echo drained == total           # expect: true
echo select(nil, [a], nil, 1000)[1].length()   # expect: 1
a.close()
b.close()
