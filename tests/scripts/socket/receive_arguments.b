# receive() and read() check their length and flags arguments.
import socket { * }
var pair = socket_pair()
var s = pair[0]
catch { s.receive(-2) } as e
echo e.type                     # expect: ValueError
catch { s.receive('all') } as e
echo e.type                     # expect: TypeError
catch { s.receive(1.5) } as e
echo e.type                     # expect: ValueError
catch { s.receive(10, -1) } as e
echo e.type                     # expect: ValueError
catch { s.receive(10, 'peek') } as e
echo e.type                     # expect: TypeError
catch { s.read(-2) } as e
echo e.type                     # expect: ValueError
catch { s.read('x') } as e
echo e.type                     # expect: TypeError
catch { s.receive_from('x') } as e
echo e.type                     # expect: TypeError
catch { s.receive_from(-5) } as e
echo e.type                     # expect: ValueError
catch { s.send('x', 'flags') } as e
echo e.type                     # expect: TypeError
pair[1].send('still fine')
s.receive_timeout = 1000
echo s.receive()                # expect: still fine
pair[0].close()
pair[1].close()
