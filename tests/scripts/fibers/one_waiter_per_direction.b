# One fiber at a time may wait to read a socket: a second reader gets EBUSY
# at once (the bytes could go to either), and the first still gets the data;
# writing is the same.
import socket { * }
var p = socket_pair()
p[0].receive_timeout = 2000
var first = spawn(@{ return p[0].receive() })
var second = spawn(@{
  catch { return p[0].receive() } as e
  return [e.type, e.errno, e.message]
})
echo second.join()   # expect: ['SocketException', 16, 'Socket.receive(): receive: Device or resource busy']
p[1].send('data')
echo first.join()    # expect: data
# A send that must wait for room holds the socket's writing side the same way.
var big = spawn(@{ return p[1].send('a' * 4000000) })
var other = spawn(@{
  catch { return p[1].send('b') } as e
  return [e.type, e.errno]
})
echo other.join()    # expect: ['SocketException', 16]
echo p[0].read_exact(4000000) == 'a' * 4000000   # expect: true
echo big.join()      # expect: 4000000
for end in p end.close()
