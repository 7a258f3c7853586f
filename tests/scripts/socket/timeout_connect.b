# connect(host, port, timeout) gives up after timeout milliseconds. On
# loopback a listener with listen(0) whose one queue slot is taken drops
# further SYNs, so the next connect waits and times out.
import socket { * }
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen(0)
var first = Socket()
echo first.connect('127.0.0.1', server.port, 2000)   # expect: true
var waiting = Socket()
var start = microtime()
catch { waiting.connect('127.0.0.1', server.port, 200) } as e
var elapsed = (microtime() - start) / 1000
echo e.type                                 # expect: TimeoutError
echo e.message == 'Socket.connect(): connect to 127.0.0.1:${server.port}: timed out'  # expect: true
echo e.errno                                # expect: 110
echo elapsed >= 190 and elapsed < 1500      # expect: true
echo waiting.is_connected                   # expect: false
echo waiting.is_closed                      # expect: false
waiting.close()
first.close()
server.close()
