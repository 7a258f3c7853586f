# connect(path, nil, timeout) to a UNIX listener whose queue is full waits
# for a place until timeout milliseconds, then raises TimeoutError (the
# kernel would otherwise refuse at once, or wait for ever).
import socket { * }
import os
var path = '/tmp/sabre_connect_full_${os.getpid()}.sock'
var server = Socket(AF_UNIX)
server.bind(path)
server.listen(0)
var queued = []
var failure
var start
while failure == nil and queued.length() < 16 {
  var client = Socket(AF_UNIX)
  queued.append(client)
  start = microtime()
  catch { client.connect(path, nil, 200) } as e
  failure = e
}
var elapsed = (microtime() - start) / 1000
echo failure.type                                  # expect: TimeoutError
echo failure.errno                                 # expect: 110
echo failure.message == 'Socket.connect(): connect to ${path}: timed out'  # expect: true
echo elapsed >= 190 and elapsed < 1500             # expect: true
echo queued[-1].is_connected                       # expect: false
# a place frees up once the server accepts: a new connect then succeeds
var accepted = server.accept()
var late = Socket(AF_UNIX)
echo late.connect(path, nil, 2000)                 # expect: true
for client in queued client.close()
late.close()
accepted.close()
server.close()
file(path).delete()
