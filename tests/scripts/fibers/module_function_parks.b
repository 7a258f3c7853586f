# A module function called as module.name() that parks its fiber (a
# connect in progress) runs again when the fiber wakes and finds the
# module where it left it.
import socket
var server = socket.create_server(0, '127.0.0.1')
var other = spawn(@{ sleep(10) })
var f = spawn(@{
  var s = socket.create_connection('localhost', server.port, 2000)
  var ok = s.peer_address().port == server.port
  s.close()
  return ok
})
echo f.join()      # expect: true
other.join()
server.close()
