# A fiber reading TCP skips the recv it knows would fail after a short read; a python3 peer checks the cases where a short read leaves more: urgent data (the read stops at the mark) and the end arriving with the last bytes.
import socket { * }
import os

var server = create_server(0, '127.0.0.1')
server.receive_timeout = 5000
var client_code = '
import socket, sys, signal, time
signal.alarm(10)
c = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=5)
time.sleep(0.2)
c.sendall(b"abc")
c.send(b"!", socket.MSG_OOB)
c.sendall(b"def")
assert c.recv(100) == b"got abcdef"
time.sleep(0.2)
c.sendall(b"last words")
c.shutdown(socket.SHUT_WR)
assert c.recv(100) == b"got last words, then the end"
'
var pid = os.fork()
if pid == 0 os.exec(['python3', '-c', client_code, to_string(server.port)])

# A second fiber, so that reads park instead of blocking the process.
var ticks = 0, ticking = true
var ticker = spawn(@{
  while ticking {
    sleep(10)
    ticks++
  }
})

var conn = server.accept()
conn.receive_timeout = 2000
var text = ''
while text.length() < 6 { text += conn.receive() }
echo text                          # expect: abcdef
conn.send('got ' + text)
text = ''
var chunk = conn.receive()
while chunk != '' {
  text += chunk
  chunk = conn.receive()
}
conn.send('got ${text}, then the end')
echo text                          # expect: last words
conn.close()
ticking = false
ticker.join()
echo ticks > 3                     # expect: true
server.close()
echo os.wait(pid)                  # expect: 0
