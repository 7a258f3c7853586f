# A refused connect names the address in .address also when fibers run
# (the connect then parks and finishes in a later run of the call).
import socket { * }
var probe = Socket()
probe.bind(0, '127.0.0.1')
var port = probe.port
probe.close()   # nothing listens on the port now
spawn(@{})
var s = Socket()
catch { s.connect('127.0.0.1', port, 2000) } as e
echo e.type                                         # expect: ConnectionRefused
echo e.operation                                    # expect: connect
echo e.address == Address('127.0.0.1:${port}')      # expect: true
s.close()
