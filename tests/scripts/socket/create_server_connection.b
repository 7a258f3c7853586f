# create_server(0, '127.0.0.1') gives a bound, listening socket with its
# real port; create_connection('127.0.0.1', port) a connected one.
import socket { * }
import os
var server = create_server(0, '127.0.0.1')
echo server.is_listening        # expect: true
echo server.is_bound            # expect: true
echo server.port > 0            # expect: true
echo server.host                # expect: 127.0.0.1
echo server.family == AF_INET   # expect: true
echo server.get_option(SO_REUSEADDR)  # expect: true
var pid = os.fork()
if pid == 0 {
  server.receive_timeout = 2000
  var c = server.accept()
  c.send('served ' + c.receive())
  c.close()
  os.exit(0)
}
server.close()
var s = create_connection('127.0.0.1', server.port, 2000)
echo s.is_connected             # expect: true
echo s.is_client                # expect: true
echo s.port == server.port      # expect: true
s.receive_timeout = 2000
s.send('you')
echo s.receive()                # expect: served you
echo os.wait(pid)               # expect: 0
s.close()
var six = create_server(0, '::1', 5)
echo six.family == AF_INET6     # expect: true
var c6 = create_connection('::1', six.port, 2000)
echo c6.family == AF_INET6      # expect: true
c6.close()
six.close()
