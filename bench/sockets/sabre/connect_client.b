# Connection client: COUNT times in a row, connects, sends SIZE bytes,
# reads the echo and closes; prints connections per second.
# Usage: sabre connect_client.b PORT COUNT SIZE
import socket { * }
import os

def main() {
  var port = to_number(os.args[1])
  var count = to_number(os.args[2])
  var size = to_number(os.args[3])
  var message = 'c' * size
  var start = microtime()
  for i in 0..count {
    var sock = Socket()
    sock.connect('127.0.0.1', port)
    sock.send(message)
    if sock.read(size) != message raise Exception('bad echo')
    sock.close()
  }
  var seconds = (microtime() - start) / 1e6
  echo 'connps ${to_int(count / seconds)}'
}

main()
