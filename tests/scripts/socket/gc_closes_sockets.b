# The collector closes sockets nobody references: with the descriptor limit
# at 256, creating and dropping 2,000 sockets never runs out; afterwards as
# many sockets can be held open as before, and the number of open
# descriptors is back where it started.
import socket { Socket, SocketException }
import os
os.set_limit(os.RLIMIT_NOFILE, 256)
# Holds sockets until the system truly has no descriptor left (running
# out makes the module collect garbage and retry once), then closes them.
def capacity() {
  var held = []
  try {
    while true {
      held.append(Socket())
    }
  } catch SocketException e {
    if e.errno != 24 raise e
  }
  var n = held.length()
  for s in held {
    s.close()
  }
  return n
}
var before = os.list_dir('/proc/self/fd').length()
var room = capacity()
echo room > 200                 # expect: true
iter var i = 0; i < 2000; i++ {
  Socket()
}
echo capacity() == room         # expect: true
var after = os.list_dir('/proc/self/fd').length()
echo after - before             # expect: 0
echo os.get_limit(os.RLIMIT_NOFILE)  # expect: 256
# The collector warns for each socket it had to close (the runner sets
# SABRE_WARN_UNCLOSED).
# expect error: was never closed; the collector closed it
# expect exit: 0
