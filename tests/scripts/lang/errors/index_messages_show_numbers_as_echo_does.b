# Index and argument errors write the number as echo would: 1e+300, not its
# 301 digits; 0.1, not 0.10000000000000001.
import socket
def message(f) {
  catch { f() } as e
  return e.type + ': ' + e.message
}
var l = [1, 2, 3]
echo message(@{ return l[1e300] })    # expect: RangeError: index 1e+300 out of range for length 3
echo message(@{ return l[-4] })       # expect: RangeError: index -4 out of range for length 3
echo message(@{ return l[0.1] })      # expect: ValueError: index must be an integer, got 0.1
echo message(@{ return l.get(1e20) })
# expect: ValueError: list.get(): argument 1 (index) must be an integer between -2^53 and 2^53, got 100000000000000000000
echo message(@{ return 'a' * 0.1 })   # expect: ValueError: cannot repeat a string 0.1 times
var s = socket.Socket()
echo message(@{ s.receive_timeout = 0.1 })
# expect: ValueError: Socket.receive_timeout(): argument 1 (timeout) must be an integer, got 0.1
echo message(@{ s.bind(1e300) })
# expect: ValueError: Socket.bind(): port must be between 0 and 65535, got 1e+300
echo message(@{ s.bind(70000) })
# expect: ValueError: Socket.bind(): port must be between 0 and 65535, got 70000
s.close()
