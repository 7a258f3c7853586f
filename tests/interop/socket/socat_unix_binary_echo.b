# A Sabre UNIX stream client sends binary data with NULs through a socat UNIX-LISTEN server running `cat`.
import socket { * }
import os

var path = '/tmp/sabre_interop_${os.getpid()}_cat.sock'
var pid = os.fork()
if pid == 0 os.exec(['socat', '-T', '5', '-t', '5', 'UNIX-LISTEN:${path}', 'EXEC:cat'])

# Connect as soon as socat listens (at most 10 s).
var s = nil
iter var i = 0; i < 500 and s == nil; i++ {
  var attempt = Socket(AF_UNIX)
  catch { attempt.connect(path, nil, 2000) } as e
  if e == nil s = attempt
  else { attempt.close(); os.sleep(0.02) }
}
echo s.is_connected                     # expect: true
s.receive_timeout = 5000

var data = bytes(70000)
iter var i = 0; i < data.length(); i++ { data[i] = (i * 7 + 3) % 256 }
data[0] = 0
data[69999] = 0
echo s.send(data)                       # expect: 70000
echo s.send('\0\0\0')                   # expect: 3
s.shutdown(SHUT_WR)
var back = bytes(0)
while true {
  var chunk = s.receive()
  if chunk == '' break
  back.append(bytes(chunk))
}
echo back.length()                      # expect: 70003
echo back.slice(0, 70000) == data       # expect: true
echo back.slice(70000, 70003)           # expect: bytes([0, 0, 0])
s.close()
echo os.wait(pid)                       # expect: 0
echo file(path).exists()                # expect: false
