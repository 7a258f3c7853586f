# In fibers, Socket.send_file() to slow python3 readers parks its fiber while the socket is full: two sends (one with a send timeout, one without) to two slow readers progress side by side while a ticker fiber keeps running, and each reader gets the file's bytes exactly.
import socket { * }
import os

var data = '/tmp/sabre_send_file_fibers_${os.getpid()}.bin'
var size = 2 * 1048576 + 999
var maker = os.fork()
if maker == 0 os.exec(['python3', '-c', 'import os, sys; open(sys.argv[1], "wb").write(os.urandom(int(sys.argv[2])))', data, to_string(size)])
echo os.wait(maker)                                    # expect: 0

# Reads the range "OFFSET COUNT" given on its first line slowly (16 KiB, then 2 ms of sleep,
# with a small receive buffer, so that the sender has to wait),
# then answers "<bytes received> ok" when they are the file's bytes, "... bad" otherwise.
var reader_code = '
import socket, sys, signal, time
signal.alarm(40)
port, path = int(sys.argv[1]), sys.argv[2]
data = open(path, "rb").read()
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)
s.settimeout(20)
s.connect(("127.0.0.1", port))
f = s.makefile("rb", buffering=0)
header = b""
while not header.endswith(b"\\n"):
    header += f.read(1)
offset, count = [int(x) for x in header.split()]
got = bytearray()
while True:
    piece = s.recv(16384)
    if not piece:
        break
    got += piece
    time.sleep(0.002)
want = data[offset:offset + count]
s.sendall(b"%d %s" % (len(got), b"ok" if got == want else b"bad"))
s.close()
'

var server = create_server(0, '127.0.0.1')
server.receive_timeout = 20000
var readers = []
var conns = []
iter var i = 0; i < 2; i++ {
  var pid = os.fork()
  if pid == 0 os.exec(['python3', '-c', reader_code, to_string(server.port), data])
  readers.append(pid)
  conns.append(server.accept())
}

var ticks = 0, sending = 2
var ticker = spawn(@{ while sending > 0 { sleep(5); ticks++ } })

# The ticks counted while this send_file ran tell whether the other fibers ran meanwhile.
def send(conn, offset, count, timeout) {
  conn.send_timeout = timeout
  conn.set_option(SO_SNDBUF, 65536)
  conn.receive_timeout = 20000
  conn.send('${offset} ${count}\n')
  var before = ticks
  var n = conn.send_file(data, offset, count)
  var during = ticks - before
  sending--
  conn.shutdown(SHUT_WR)
  var answer = conn.read(-1)
  conn.close()
  return [n, answer, during > 10]
}
var first = spawn(send, conns[0], 0, size, 20000)
var second = spawn(send, conns[1], 4096, size - 8192, 0)
echo first.join()                                      # expect: [2098151, '2098151 ok', true]
echo second.join()                                     # expect: [2089959, '2089959 ok', true]
ticker.join()
echo ticks > 3                                         # expect: true
for pid in readers echo os.wait(pid)
# expect: 0
# expect: 0
server.close()
file(data).delete()
