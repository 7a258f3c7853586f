# read_until finds a delimiter that arrives split over several pieces, in a
# fiber that parks between them and in plain blocking reads; the search
# resumes where it stopped, and max still counts from the start: at most
# max bytes come back.
import socket { * }
var p = socket_pair()
p[1].receive_timeout = 2000
var writer = spawn(@{
  for piece in ['GET / HTTP/1.1\r', '\nHost: a\r\n', '\r', '\n'] {
    p[0].send(piece)
    sleep(10)
  }
  p[0].send('x' * 5000)
  sleep(10)
  p[0].send('y' * 3000 + '<e')
  sleep(10)
  p[0].send('nd>tail')
})
var head = p[1].read_until('\r\n\r\n')
echo head == 'GET / HTTP/1.1\r\nHost: a\r\n\r\n'   # expect: true
var long = p[1].read_until('<end>')
echo long.length()                                # expect: 8005
echo long.ends_with('y<end>')                     # expect: true
writer.join()
echo p[1].read_exact(4)                           # expect: tail
p[0].send('abcde;fgh')
echo p[1].read_until(';', 5)                      # expect: abcde
echo p[1].read_until(';', 3)                      # expect: ;
p[0].send('ab;;c')
echo p[1].read_until(';;', 3)                     # expect: fgh
# a delimiter that would end past max is not taken: at most max bytes
echo p[1].read_until(';;', 3)                     # expect: ab;
p[0].send('gh')
echo p[1].read_until('gh', 3)                     # expect: ;cg
p[0].send('abcdefgh')
echo p[1].read_until('gh', 7)                     # expect: habcdef
echo p[1].read_until('gh', 7)                     # expect: gh
p[0].close()
echo p[1].read_until(';;')                        # expect: 
p[1].close()
