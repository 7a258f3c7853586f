# read_line, read_until and read_exact share one buffer: a timeout keeps the
# bytes (also in .partial) and the next call resumes without losing any.
import socket { * }
var p = socket_pair()
p[0].send('line one\nline two\npart')
echo p[1].read_line() == 'line one\n'     # expect: true
echo p[1].read_line() == 'line two\n'     # expect: true
p[1].receive_timeout = 50
catch { p[1].read_line() } as e
echo e.type                               # expect: TimeoutError
echo e.partial                            # expect: part
p[0].send('ial\nHEAD:x;;body')
echo p[1].read_line() == 'partial\n'      # expect: true
echo p[1].read_until(';;')                # expect: HEAD:x;;
echo p[1].read_exact(2)                   # expect: bo
catch { p[1].read_exact(10) } as t
echo t.partial                            # expect: dy
p[0].send('rest')
p[0].shutdown(SHUT_WR)
catch { p[1].read_exact(10) } as r
echo r.type + ' ' + r.partial             # expect: ConnectionReset dyrest
echo p[1].read_line() == ''               # expect: true
echo p[1].read_until('x', 4) == ''        # expect: true
catch { p[1].read_until('') } as d
echo d.message                            # expect: Socket.read_until(): the delimiter is empty
for s in p s.close()
