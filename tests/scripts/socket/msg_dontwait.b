# MSG_DONTWAIT makes one call not wait, even on a blocking socket with a
# timeout: receive, receive_into and send raise EAGAIN at once.
import socket { * }
var p = socket_pair()
p[0].send_timeout = 2000
p[1].receive_timeout = 2000
var start = microtime()
catch { p[1].receive(-1, MSG_DONTWAIT) } as e
echo [e.type, e.errno]                   # expect: ['SocketException', 11]
catch { p[1].receive(10, MSG_DONTWAIT) } as e
echo [e.type, e.errno]                   # expect: ['SocketException', 11]
catch { p[1].receive_into(bytes(4), -1, MSG_DONTWAIT) } as e
echo [e.type, e.errno]                   # expect: ['SocketException', 11]
var error = nil
iter var i = 0; i < 10000 and !error; i++ {
  catch { p[0].send('x' * 65536, MSG_DONTWAIT) } as e
  error = e
}
echo [error.type, error.errno]           # expect: ['SocketException', 11]
echo (microtime() - start) / 1000 < 1000 # expect: true
# the flag changes only that call: the next one waits as before
p[1].receive_timeout = 100
echo p[1].receive(1)                     # expect: x
p[0].close()
p[1].close()
