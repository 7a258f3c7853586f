# Ports outside 0..65535 are ValueErrors, non-integers are rejected, and
# the messages name the method, the argument and the value.
import socket { * }
var s = Socket()
catch { s.connect('127.0.0.1', 70000) } as e
echo e.type                     # expect: ValueError
echo e.message                  # expect: Socket.connect(): port must be between 0 and 65535, got 70000
catch { s.connect('127.0.0.1', -1) } as e
echo e.type                     # expect: ValueError
echo e.message                  # expect: Socket.connect(): port must be between 0 and 65535, got -1
catch { s.connect('127.0.0.1', 1.5) } as e
echo e.type                     # expect: ValueError
echo e.message                  # expect: Socket.connect(): argument 2 (port) must be an integer, got 1.5
catch { s.connect('127.0.0.1', 'x') } as e
echo e.type                     # expect: TypeError
catch { s.bind(70000) } as e
echo e.type                     # expect: ValueError
echo e.message                  # expect: Socket.bind(): port must be between 0 and 65535, got 70000
catch { s.bind(-1) } as e
echo e.type                     # expect: ValueError
catch { s.bind(1.5) } as e
echo e.type                     # expect: ValueError
catch { s.bind('x') } as e
echo e.type                     # expect: TypeError
echo e.message                  # expect: Socket.bind(): argument 1 (port) must be an integer, got string
catch { create_server(65536) } as e
echo e.type                     # expect: ValueError
catch { s.send_to('x', '127.0.0.1', 70000) } as e
echo e.type                     # expect: ValueError
echo s.is_bound                 # expect: false
s.close()
