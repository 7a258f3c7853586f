# Connection server: for each connection, reads one message of SIZE bytes,
# sends it back and closes. Usage: sabre connect_server.b PORT SIZE
import socket { * }
import os
import .common { listen_on }

def main() {
  var size = to_number(os.args[2])
  var server = listen_on(os.args[1])
  while true {
    var conn = server.accept()
    catch {
      var message = conn.read(size)
      if message.length() == size conn.send(message)
    } as failed
    conn.close()
  }
}

main()
