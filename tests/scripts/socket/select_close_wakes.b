# A select() parked in a fiber wakes at once when another fiber closes a
# socket in its lists, and raises as it would for a closed socket given to
# it, as receive() does; the other sockets' selects keep waiting.
import socket { * }
var q = socket_pair()
var other = socket_pair()
var f = spawn(@{
  var start = microtime()
  catch { select([q[0]], nil, nil, 2000) } as e
  return [e.type, e.message.index_of('closed socket') > 0, (microtime() - start) / 1000 < 1000]
})
var g = spawn(@{ return select([other[0]], nil, nil, 300)[0].length() })
spawn(@{
  sleep(100)
  q[0].close()
  echo 'closed'
})
echo f.join()   # expect: closed
                # expect: ['SocketException', true, true]
echo g.join()   # expect: 0
q[1].close()
other[0].close()
other[1].close()
