# Echo server for bench/concurrency: a fiber per connection, echoing what
# it reads until the peer closes. Usage: sabre echo_server.b PORT
import socket { * }
import os

# Room for many idle connections (the memory measurement opens 10,000).
catch { os.set_limit(os.RLIMIT_NOFILE, 1048576) } as ignored

def serve(conn) {
  catch {
    while true {
      var data = conn.receive()
      if data == '' break
      conn.send(data)
    }
  } as failed   # a peer that resets is not worth a trace
  conn.close()
}

var server = Socket()
server.bind(to_number(os.args[1]), '127.0.0.1')
server.listen(SOMAXCONN)
while true {
  spawn(serve, server.accept())
}
