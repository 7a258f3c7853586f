# SO_LINGER is seconds: -1 when off (the default), a number of seconds when
# on; false, nil or -1 turn it off.
import socket { * }
var s = Socket()
echo s.get_option(SO_LINGER)                # expect: -1
echo s.set_option(SO_LINGER, 5)             # expect: true
echo s.get_option(SO_LINGER)                # expect: 5
s.set_option(SO_LINGER, false)
echo s.get_option(SO_LINGER)                # expect: -1
s.set_option(SO_LINGER, 0)
echo s.get_option(SO_LINGER)                # expect: 0
s.set_option(SO_LINGER, -1)
echo s.get_option(SO_LINGER)                # expect: -1
s.set_option(SO_LINGER, 2)
s.set_option(SO_LINGER, nil)
echo s.get_option(SO_LINGER)                # expect: -1
catch { s.set_option(SO_LINGER, 'long') } as e
echo e.type                                 # expect: TypeError
# -1 is the only negative: others are out of range, as too large ones are
catch { s.set_option(SOL_SOCKET, SO_LINGER, -3) } as e
echo e.type                                 # expect: ValueError
echo e.message                              # expect: Socket.set_option(): value must be between 0 and 65535, got -3
echo s.get_option(SO_LINGER)                # expect: -1
s.close()
