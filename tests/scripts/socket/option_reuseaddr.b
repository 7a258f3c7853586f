# SO_REUSEADDR is a boolean option: off on a new socket, settable both
# ways; bind() of a TCP socket turns it on so a restarted server can bind,
# unless the script set it.
import socket { * }
var s = Socket()
echo s.get_option(SO_REUSEADDR)             # expect: false
echo s.set_option(SO_REUSEADDR, true)       # expect: true
echo s.get_option(SO_REUSEADDR)             # expect: true
echo s.set_option(SO_REUSEADDR, false)      # expect: true
echo s.get_option(SO_REUSEADDR)             # expect: false
s.set_option(SO_REUSEADDR, 1)
echo s.get_option(SO_REUSEADDR)             # expect: true
s.set_option(SO_REUSEADDR, 0)
echo s.get_option(SO_REUSEADDR)             # expect: false
echo s.get_option(SOL_SOCKET, SO_REUSEADDR) # expect: false
s.close()
var fresh = Socket()
fresh.bind(0, '127.0.0.1')
echo fresh.get_option(SO_REUSEADDR)         # expect: true
fresh.close()
# A choice the script made stands.
var chosen = Socket()
chosen.set_option(SO_REUSEADDR, false)
chosen.bind(0, '127.0.0.1')
echo chosen.get_option(SO_REUSEADDR)        # expect: false
chosen.close()
