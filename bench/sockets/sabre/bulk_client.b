# Bulk transfer client: sends TOTAL bytes in sends of CHUNK bytes, ends its
# stream, reads the server's count, checks it and prints MB/s (10^6 bytes
# per second, from the first send to the reply).
# Usage: sabre bulk_client.b ADDR TOTAL CHUNK
import socket { * }
import os
import .common { connect_to }

def main() {
  var total = to_number(os.args[2])
  var chunk_size = to_number(os.args[3])
  var chunk = 'x' * chunk_size
  var sock = connect_to(os.args[1])
  var start = microtime()
  var sent = 0
  while sent < total {
    if total - sent < chunk_size chunk = 'x' * (total - sent)
    sent += sock.send(chunk)
  }
  sock.shutdown(SHUT_WR)
  var reply = sock.read(32)   # the count, up to the end of the stream
  var seconds = (microtime() - start) / 1e6
  sock.close()
  if to_number(reply.trim()) != total {
    raise Exception('server counted ${reply.trim()}, sent ${total}')
  }
  echo 'MBps ${total / seconds / 1e6}'
}

main()
