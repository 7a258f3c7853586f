# A connected socket with room in its buffer is writable at once.
import socket { * }
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
var client = Socket()
client.connect('127.0.0.1', server.port, 2000)
var start = microtime()
var r = select([], [client], [], 1000)
echo r[1].length()              # expect: 1
echo r[1][0] == client          # expect: true
echo r[0].length()              # expect: 0
echo (microtime() - start) / 1000 < 500   # expect: true
var pair = socket_pair()
r = select(nil, pair, nil, 1000)
echo r[1].length()              # expect: 2
pair[0].close()
pair[1].close()
client.close()
server.close()
