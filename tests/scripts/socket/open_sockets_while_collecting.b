# open_sockets() while the collector frees dropped sockets as the list's
# dictionaries are made: each is made from a copy of a socket's record
# taken before, never from a socket the collector has just freed (that
# read freed memory).
import socket { * }
var kept = Socket()
var sound = true
for round in 0..200 {
  for i in 0..50 {
    Socket()
  }
  var listed = open_sockets()
  sound = sound and listed.length() >= 1
  for entry in listed {
    sound = sound and entry['kind'] == 'Socket' and entry['created'].contains('open_sockets_while_collecting.b:')
  }
}
echo sound                      # expect: true
kept.close()
# The dropped sockets are closed by the collector, which says so.
# expect error: was never closed; the collector closed it
# expect exit: 0
