# Ping-pong server: for each connection (TCP_NODELAY), reads messages of
# SIZE bytes and sends each one back, until the client closes.
# Usage: sabre pingpong_server.b ADDR SIZE
import socket { * }
import os
import .common { listen_on }

def main() {
  var size = to_number(os.args[2])
  var server = listen_on(os.args[1])
  while true {
    var conn = server.accept()
    conn.set_option(IPPROTO_TCP, TCP_NODELAY, true)
    catch {
      while true {
        var message = conn.read(size)
        if message.length() < size break
        conn.send(message)
      }
    } as failed
    conn.close()
  }
}

main()
