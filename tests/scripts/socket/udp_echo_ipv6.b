# UDP on ::1 works the same way, with IPv6 addresses in receive_from.
import socket { * }
import os
var server = Socket(AF_INET6, SOCK_DGRAM)
server.bind(0, '::1')
var pid = os.fork()
if pid == 0 {
  server.receive_timeout = 2000
  var got = server.receive_from()
  server.send_to('echo:' + got[0], got[1], got[2])
  os.exit(got[1] == '::1' ? 0 : 1)
}
var client = Socket(AF_INET6, SOCK_DGRAM)
client.bind(0, '::1')
client.receive_timeout = 2000
echo client.send_to('ping6', '::1', server.port)  # expect: 5
var reply = client.receive_from()
echo reply[0]                           # expect: echo:ping6
echo reply[1]                           # expect: ::1
echo reply[2] == server.port            # expect: true
echo os.wait(pid)                       # expect: 0
client.close()
server.close()
