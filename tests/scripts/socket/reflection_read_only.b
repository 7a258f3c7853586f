# setprop refuses a native object's read-only property as the assignment
# does, and sets a settable one through its setter; getprop reads both
# through their getters and hasprop sees them.
import socket
var s = socket.Socket()
catch { setprop(s, 'family', 1) } as e
echo e.type + ': ' + e.message   # expect: PropertyError: Socket.family is read-only
echo s.family == socket.AF_INET  # expect: true
setprop(s, 'host', '127.0.0.2')
echo getprop(s, 'host')          # expect: 127.0.0.2
echo hasprop(s, 'family')        # expect: true
echo hasprop(s, 'nothing')       # expect: false
echo getprop(s, 'nothing')       # expect: nil
catch { setprop(s, 'nothing', 1) } as e
echo e.type                      # expect: PropertyError
catch { delprop(s, 'host') } as e
echo e.type + ': ' + e.message   # expect: PropertyError: cannot delete property 'host' of Socket
s.close()
