# receive_socket() against a python3 peer using socket.send_fds, on a link without and one with SO_PASSCRED (credentials come with every message): one socket arrives whole; several in one message, a pipe, or plain data each raise a clear error (the data stays to be read), and no descriptor that came with them stays open.
import socket { * }
import os

def open_fds() { return os.list_dir('/proc/self/fd').length() }

var listener = Socket(AF_UNIX)
listener.bind('')   # an abstract name of the kernel's choosing
listener.listen()
listener.receive_timeout = 5000

var peer_code = '
import os, socket, sys, signal
signal.alarm(10)
def feed():
    c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    c.connect("\\0" + sys.argv[1])
    mine, theirs = socket.socketpair()
    socket.send_fds(c, [b"S"], [theirs.fileno()])
    theirs.close()
    pairs = [socket.socketpair() for _ in range(3)]
    socket.send_fds(c, [b"M"], [p[0].fileno() for p in pairs])
    for p in pairs:
        p[0].close()
    r, w = os.pipe()
    socket.send_fds(c, [b"P"], [r])
    os.close(r)
    c.sendall(b"D")
    mine.settimeout(5)
    assert mine.recv(100) == b"through"
    for p in pairs:
        p[1].settimeout(5)
        assert p[1].recv(1) == b""   # Sabre closed every end it was sent
    os.close(w)
    c.close()
feed()
feed()
'
var pid = os.fork()
if pid == 0 os.exec(['python3', '-c', peer_code, listener.host[1,]])

def check(pass_credentials) {
  var link = listener.accept()
  link.set_option(SO_PASSCRED, pass_credentials)
  link.receive_timeout = 5000
  var passed = link.receive_socket()
  echo [passed.family == AF_UNIX, passed.type == SOCK_STREAM, passed.is_connected]
  passed.send('through')
  passed.close()

  var before = open_fds()
  catch { link.receive_socket() } as several
  echo several.message
  echo several.operation
  echo open_fds() - before
  catch { link.receive_socket() } as pipe
  echo pipe.message
  echo open_fds() - before
  catch { link.receive_socket() } as data
  echo data.message.contains('the peer sent data, not a socket')
  echo link.receive(1)
  echo link.receive_socket()
  link.close()
}

check(false)
# expect: [true, true, true]
# expect: Socket.receive_socket(): receive a socket: the peer sent several descriptors in one message (one per message is taken); all were closed: Message too long
# expect: recvmsg
# expect: 0
# expect: Socket.receive_socket(): receive a socket: the descriptor sent is not a socket; it was closed: Socket operation on non-socket
# expect: 0
# expect: true
# expect: D
# expect: nil
check(true)
# expect: [true, true, true]
# expect: Socket.receive_socket(): receive a socket: the peer sent several descriptors in one message (one per message is taken); all were closed: Message too long
# expect: recvmsg
# expect: 0
# expect: Socket.receive_socket(): receive a socket: the descriptor sent is not a socket; it was closed: Socket operation on non-socket
# expect: 0
# expect: true
# expect: D
# expect: nil
echo os.wait(pid)               # expect: 0
listener.close()
