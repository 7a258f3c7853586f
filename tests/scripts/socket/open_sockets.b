# open_sockets() lists the sockets still open, where each was made and its
# traffic; closing one removes it from the list.
import socket { * }
var before = open_sockets().length()
var p = socket_pair()
p[0].send('hello')
p[1].receive()
var mine = open_sockets()
echo mine.length() - before               # expect: 2
var a = mine[0], b = mine[1]
echo a['created'].ends_with('open_sockets.b:5')   # expect: true
echo a['bytes_received'] + b['bytes_received']    # expect: 5
echo a['bytes_sent'] + b['bytes_sent']            # expect: 5
p[0].close()
p[1].close()
echo open_sockets().length() - before     # expect: 0
