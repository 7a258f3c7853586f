# Shared by the Sabre socket benchmark programs. An address argument is a
# TCP port on 127.0.0.1 or, when it contains a '/', a UNIX socket path.
import socket { * }

# A listening stream socket at address.
def listen_on(address) {
  var server
  if address.contains('/') {
    server = Socket(AF_UNIX)
    server.bind(address)
  } else {
    server = Socket()
    server.bind(to_number(address), '127.0.0.1')
  }
  server.listen()
  return server
}

# A stream socket connected to address.
def connect_to(address) {
  var sock
  if address.contains('/') {
    sock = Socket(AF_UNIX)
    sock.connect(address)
  } else {
    sock = Socket()
    sock.connect('127.0.0.1', to_number(address))
  }
  return sock
}
