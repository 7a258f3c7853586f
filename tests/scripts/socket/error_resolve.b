# A name that does not resolve raises ResolveError, a SocketException whose
# .code is the resolver's (negative) EAI_ number. The name has an empty
# label, so the resolver refuses it without asking any name server.
import socket { * }
var s = Socket()
catch { s.connect('bad..name', 80, 2000) } as e
echo e.type                                 # expect: ResolveError
echo instance_of(e, SocketException)        # expect: true
echo is_number(e.code)                      # expect: true
echo e.code < 0                             # expect: true
echo e.message.starts_with("Socket.connect(): cannot resolve 'bad..name': ")  # expect: true
catch { get_host_by_name('bad..name') } as e2
echo e2.type                                # expect: ResolveError
echo e2.message.starts_with("socket.get_host_by_name(): cannot resolve 'bad..name'")  # expect: true
catch { get_address_info('bad..name') } as e3
echo e3.type                                # expect: ResolveError
echo is_number(e3.code)                     # expect: true
catch { create_connection('bad..name', 80, 2000) } as e4
echo e4.type                                # expect: ResolveError
s.close()
