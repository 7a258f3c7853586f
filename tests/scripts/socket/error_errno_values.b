# .errno carries the system's number: ECONNREFUSED 111, EADDRINUSE 98,
# ETIMEDOUT 110, EPIPE 32 on Linux.
import socket { * }
var probe = Socket()
probe.bind(0, '127.0.0.1')
var port = probe.port
probe.close()
var refused = Socket()
catch { refused.connect('127.0.0.1', port, 1000) } as e
echo e.errno                    # expect: 111
refused.close()
var a = Socket()
a.bind(0, '127.0.0.1')
a.listen()
var second = Socket()
catch { second.bind(a.port, '127.0.0.1') } as e
echo e.errno                    # expect: 98
second.close()
a.receive_timeout = 20
catch { a.accept() } as e
echo e.errno                    # expect: 110
var pair = socket_pair()
pair[1].close()
catch { pair[0].send('x') } as e
echo e.errno                    # expect: 32
a.close()
pair[0].close()
