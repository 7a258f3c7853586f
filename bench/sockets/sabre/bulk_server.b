# Bulk transfer server: for each connection, receives (64 KiB at a time,
# into one buffer, as the C server does) and counts bytes until the client
# ends its stream, then replies with the count and a newline.
# Usage: sabre bulk_server.b ADDR
# ADDR is a TCP port on 127.0.0.1, or a UNIX socket path (contains '/').
import socket { * }
import os
import .common { listen_on }

def main() {
  var server = listen_on(os.args[1])
  while true {
    var conn = server.accept()
    catch {
      var total = 0
      var buffer = bytes(65536)
      while true {
        var got = conn.receive_into(buffer)
        if got == 0 break
        total += got
      }
      conn.send('${total}\n')
    } as failed   # a client that goes away early is not an error here
    conn.close()
  }
}

main()
