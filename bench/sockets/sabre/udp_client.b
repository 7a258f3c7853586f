# UDP echo client: on a connected UDP socket, sends COUNT datagrams of SIZE
# bytes one at a time, each after the echo of the one before, and prints
# datagrams per second. Usage: sabre udp_client.b PORT COUNT SIZE
import socket { * }
import os

def main() {
  var count = to_number(os.args[2])
  var size = to_number(os.args[3])
  var message = 'u' * size
  var sock = Socket(AF_INET, SOCK_DGRAM)
  sock.connect('127.0.0.1', to_number(os.args[1]))
  var reply
  var start = microtime()
  for i in 0..count {
    sock.send(message)
    reply = sock.receive(size)
  }
  var seconds = (microtime() - start) / 1e6
  if reply != message raise Exception('bad echo')
  sock.close()
  echo 'dgps ${to_int(count / seconds)}'
}

main()
