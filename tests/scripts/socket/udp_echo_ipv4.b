# UDP on 127.0.0.1: a forked child echoes one datagram back to its sender
# with send_to, and receive_from tells who sent it.
import socket { * }
import os
var server = Socket(AF_INET, SOCK_DGRAM)
server.bind(0, '127.0.0.1')
var pid = os.fork()
if pid == 0 {
  server.receive_timeout = 2000
  var got = server.receive_from()
  server.send_to('echo:' + got[0], got[1], got[2])
  os.exit(0)
}
var client = Socket(AF_INET, SOCK_DGRAM)
client.bind(0, '127.0.0.1')
client.receive_timeout = 2000
echo client.send_to('ping', '127.0.0.1', server.port)  # expect: 4
var reply = client.receive_from()
echo reply[0]                           # expect: echo:ping
echo reply[1]                           # expect: 127.0.0.1
echo reply[2] == server.port            # expect: true
echo os.wait(pid)                       # expect: 0
client.close()
server.close()
