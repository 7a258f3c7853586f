# Every byte value, NULs included, goes through a socat TCP client running `cat` and comes back unchanged.
import socket { * }
import os

var server = create_server(0, '127.0.0.1')
server.receive_timeout = 5000
var pid = os.fork()
if pid == 0 os.exec(['socat', '-T', '5', '-t', '5', 'TCP:127.0.0.1:${server.port}', 'EXEC:cat'])

# 1024 rounds of the 256 byte values, each round rotated by its number: 256 KiB.
var data = bytes(256 * 1024)
iter var i = 0; i < data.length(); i++ { data[i] = (i + i // 256) % 256 }
var message = data.to_string()

var conn = server.accept()
conn.receive_timeout = 5000
echo conn.send(message)                 # expect: 262144
echo conn.send('\0')                    # expect: 1
echo conn.send('a\0b\0\0c')             # expect: 6
conn.shutdown(SHUT_WR)                  # cat sees the end, exits, and socat closes
var back = bytes(0)
while true {
  var chunk = conn.receive()
  if chunk == '' break
  back.append(bytes(chunk))
}
echo back.length()                      # expect: 262151
echo back.slice(0, 262144) == data      # expect: true
echo back.slice(262144, 262151)         # expect: bytes([0, 97, 0, 98, 0, 0, 99])
var seen = {}
for b in back.to_list() { seen[b] = true }
echo seen.length()                      # expect: 256
conn.close()
server.close()
echo os.wait(pid)                       # expect: 0
