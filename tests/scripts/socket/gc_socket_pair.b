# Dropped socket pairs are reclaimed like sockets: with the descriptor
# limit at 256, creating and dropping 1,000 pairs never runs out.
import socket { * }
import os
os.set_limit(os.RLIMIT_NOFILE, 256)
var made = 0
iter var i = 0; i < 1000; i++ {
  socket_pair()
  made++
}
echo made                       # expect: 1000
var pair = socket_pair()
pair[0].send('still working')
pair[1].receive_timeout = 1000
echo pair[1].receive()          # expect: still working
# The collector warns for each socket it had to close (the runner sets
# SABRE_WARN_UNCLOSED).
# expect error: was never closed; the collector closed it
# expect exit: 0
