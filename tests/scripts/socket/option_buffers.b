# SO_RCVBUF and SO_SNDBUF are numbers; the kernel keeps at least what was
# asked (Linux doubles it).
import socket { * }
var s = Socket()
echo s.get_option(SO_RCVBUF) > 0            # expect: true
echo s.set_option(SO_RCVBUF, 65536)         # expect: true
echo s.get_option(SO_RCVBUF) >= 65536       # expect: true
echo is_number(s.get_option(SO_RCVBUF))     # expect: true
s.set_option(SO_SNDBUF, 32768)
echo s.get_option(SO_SNDBUF) >= 32768       # expect: true
s.close()
