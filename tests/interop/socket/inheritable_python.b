# inheritable: a listener is close-on-exec by default, so a python3 program started with
# os.exec() finds nothing at its descriptor; once inheritable it accepts and answers a
# client there, while this process keeps its own copy; closed, it reads false and refuses.
import socket { * }
import os

var listener = create_server(0, '127.0.0.1')
echo listener.inheritable                        # expect: false

var child_code = '
import socket, sys, signal
signal.alarm(10)
try:
    s = socket.socket(fileno=int(sys.argv[1]))
except OSError as e:
    print("no socket there: errno", e.errno)
    sys.exit(0)
c, _ = s.accept()
c.sendall(b"served by the program")
c.close()
'
def run_child() {
  var pid = os.fork()
  if pid == 0 os.exec(['python3', '-c', child_code, to_string(listener.id)])
  return pid
}

# expect: no socket there: errno 9
echo os.wait(run_child())                        # expect: 0
listener.inheritable = true
echo listener.inheritable                        # expect: true
var child = run_child()
var client = create_connection('127.0.0.1', listener.port, 5000)
client.receive_timeout = 5000
echo client.read(-1)                             # expect: served by the program
client.close()
echo os.wait(child)                              # expect: 0
listener.inheritable = false
echo listener.inheritable                        # expect: false
listener.close()
echo listener.inheritable                        # expect: false
catch { listener.inheritable = true } as e
echo e.message                                   # expect: Socket.inheritable(): the socket is closed
