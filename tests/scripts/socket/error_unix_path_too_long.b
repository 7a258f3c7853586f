# A UNIX socket path longer than the 107 bytes Linux allows raises
# SocketException stating the limit and the length, for bind and connect;
# a path of exactly 107 bytes works. So does an abstract name of 107 bytes
# after its '@' (or NUL byte), and one byte more is refused, counted
# without the marker, in either spelling.
import socket { * }
import os
var prefix = '/tmp/sabre_long_${os.getpid()}_'
var long_path = prefix + 'x' * (108 - prefix.length())
echo long_path.length()         # expect: 108
var s = Socket(AF_UNIX)
catch { s.bind(long_path) } as e
echo e.type                     # expect: SocketException
echo e.message.starts_with('Socket.bind(): UNIX socket path of 108 bytes is longer than the 107 this system allows')  # expect: true
echo e.errno                    # expect: 36
catch { s.connect(long_path + 'yyyy', nil, 100) } as e
echo e.message.index_of('path of 112 bytes is longer than the 107') > 0  # expect: true
echo s.is_bound                 # expect: false
var ok_path = prefix + 'x' * (107 - prefix.length())
echo ok_path.length()           # expect: 107
echo s.bind(ok_path)            # expect: true
echo s.local_address().path == ok_path  # expect: true
echo file(ok_path).exists()     # expect: true
s.close()
file(ok_path).delete()
echo file(ok_path).exists()     # expect: false
var abstract = Socket(AF_UNIX)
var name = 'b' * 107
echo abstract.bind('@' + name)                          # expect: true
echo abstract.local_address().path == '@' + name       # expect: true
var longer = Socket(AF_UNIX)
catch { longer.bind('@' + name + 'c') } as e
echo e.message.starts_with('Socket.bind(): UNIX abstract name of 108 bytes is longer than the 107 this system allows: \'@bbb')   # expect: true
catch { longer.connect('\0' + name + 'c', nil, 100) } as e
echo e.message.starts_with('Socket.connect(): UNIX abstract name of 108 bytes is longer than the 107 this system allows: \'@bbb')   # expect: true
abstract.close()
longer.close()
