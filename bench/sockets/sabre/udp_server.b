# UDP echo server: sends every datagram back to its sender.
# Usage: sabre udp_server.b PORT
import socket { * }
import os

def main() {
  var sock = Socket(AF_INET, SOCK_DGRAM)
  sock.bind(to_number(os.args[1]), '127.0.0.1')
  while true {
    var datagram = sock.receive_from()   # [data, host, port]
    sock.send_to(datagram[0], datagram[1], datagram[2])
  }
}

main()
