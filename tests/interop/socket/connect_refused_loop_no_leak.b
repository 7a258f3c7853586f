# 1,000 refused connects (Socket.connect, create_connection, IPv4 and IPv6) leave no descriptor behind.
import socket { * }
import os

def open_fds() { return os.list_dir('/proc/self/fd').length() }

# Ports that are bound but not listening: connecting to them is refused, and nobody else can take them.
var hold4 = Socket(), hold6 = Socket(AF_INET6)
hold4.bind(0, '127.0.0.1')
hold6.bind(0, '::1')
var before = open_fds()

var refused = 0
iter var i = 0; i < 1000; i++ {
  var s = i % 2 == 0 ? Socket() : Socket(AF_INET6)
  try {
    s.connect(i % 2 == 0 ? '127.0.0.1' : '::1', i % 2 == 0 ? hold4.port : hold6.port, 2000)
  } catch ConnectionRefused e {
    refused++
  }
  if s.is_connected echo 'connected to a port nobody listens on'
  s.close()
}
echo refused                                   # expect: 1000
echo open_fds() - before                       # expect: 0

# create_connection() owns its sockets: a failure must close them at once, not leave them to the collector.
refused = 0
iter var i = 0; i < 1000; i++ {
  catch { create_connection(i % 2 == 0 ? '127.0.0.1' : '::1', i % 2 == 0 ? hold4.port : hold6.port, 2000) } as e
  if instance_of(e, ConnectError) and e.errno == 111 refused++
}
echo refused                                   # expect: 1000
echo open_fds() - before                       # expect: 0
hold4.close()
hold6.close()
