# A non-blocking connect returns at once with EINPROGRESS; select() then
# reports the socket writable and SO_ERROR tells the outcome: 0 for a
# listener, ECONNREFUSED for a closed port.
import socket { * }
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
var s = Socket()
s.set_blocking(false)
catch { s.connect('127.0.0.1', server.port, 2000) } as e
echo e ? e.errno : 'connected at once'   # expect: 115
echo select(nil, [s], nil, 1000)[1].length()   # expect: 1
echo s.get_option(SO_ERROR)     # expect: 0
s.close()
var probe = Socket()
probe.bind(0, '127.0.0.1')
var port = probe.port
probe.close()
var r = Socket()
r.set_blocking(false)
catch { r.connect('127.0.0.1', port, 2000) } as e
echo e ? e.type : 'no error'    # expect: SocketException
echo select(nil, [r], nil, 1000)[1].length()   # expect: 1
echo r.get_option(SO_ERROR)     # expect: 111
echo r.get_option(SO_ERROR)     # expect: 0
r.close()
server.close()
