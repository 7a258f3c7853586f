# Ping-pong client: on one connection (TCP_NODELAY), sends ROUNDS messages
# of SIZE bytes, each after the echo of the one before has been read in
# full, and prints round trips per second.
# Usage: sabre pingpong_client.b ADDR ROUNDS SIZE
import socket { * }
import os
import .common { connect_to }

def main() {
  var rounds = to_number(os.args[2])
  var size = to_number(os.args[3])
  var message = 'p' * size
  var sock = connect_to(os.args[1])
  sock.set_option(IPPROTO_TCP, TCP_NODELAY, true)
  var reply
  var start = microtime()
  for i in 0..rounds {
    sock.send(message)
    reply = sock.read(size)
  }
  var seconds = (microtime() - start) / 1e6
  if reply != message raise Exception('bad echo')
  sock.close()
  echo 'rtps ${to_int(rounds / seconds)}'
}

main()
