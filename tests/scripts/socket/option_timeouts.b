# SO_RCVTIMEO and SO_SNDTIMEO are the receive_timeout and send_timeout
# properties, in milliseconds, both ways; and the option really bounds a
# receive.
import socket { * }
var s = Socket()
echo s.get_option(SO_RCVTIMEO)              # expect: 0
s.set_option(SO_RCVTIMEO, 1500)
echo s.receive_timeout                      # expect: 1500
s.receive_timeout = 700
echo s.get_option(SO_RCVTIMEO)              # expect: 700
s.set_option(SO_SNDTIMEO, 2500)
echo s.send_timeout                         # expect: 2500
s.send_timeout = 300
echo s.get_option(SO_SNDTIMEO)              # expect: 300
catch { s.receive_timeout = -5 } as e
echo e.type                                 # expect: ValueError
catch { s.set_option(SO_RCVTIMEO, -5) } as e
echo e.type                                 # expect: ValueError
catch { s.receive_timeout = 'soon' } as e
echo e.type                                 # expect: TypeError
# a very large timeout is kept as it is and does not delay ready data
s.receive_timeout = 1e12
echo s.get_option(SO_RCVTIMEO) == 1e12      # expect: true
var pair = socket_pair()
pair[1].receive_timeout = 1e12
pair[0].send('now')
echo pair[1].receive()                      # expect: now
pair[1].set_option(SO_RCVTIMEO, 80)
var start = microtime()
catch { pair[1].receive() } as e
echo e.type                                 # expect: TimeoutError
echo (microtime() - start) / 1000 >= 75     # expect: true
pair[0].close()
pair[1].close()
s.close()
