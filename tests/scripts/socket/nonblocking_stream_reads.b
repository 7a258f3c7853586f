# read_line() and read_exact() on a non-blocking socket: when the rest has
# not arrived they raise EAGAIN at once with what came so far in .partial,
# keep those bytes, and the next call, once the rest is in, resumes.
import socket { * }
var pair = socket_pair()
var a = pair[0], b = pair[1]
a.set_blocking(false)
b.send('par')
catch { a.read_line() } as e
echo [e.type, e.errno, e.partial]             # expect: ['SocketException', 11, 'par']
b.send('tial\nrest')
echo a.read_line() == 'partial\n'             # expect: true
catch { a.read_exact(10) } as e
echo [e.errno, e.partial]                     # expect: [11, 'rest']
b.send('123456')
echo a.read_exact(10)                         # expect: rest123456
catch { a.read_line() } as e
echo [e.errno, e.partial]                     # expect: [11, '']
a.close()
b.close()
