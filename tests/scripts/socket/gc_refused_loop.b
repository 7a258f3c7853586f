# A refused connect leaks no descriptor: 500 refused attempts under a limit
# of 256 descriptors all fail as ConnectionRefused (never as 'too many open
# files'), and the descriptor count ends where it started.
import socket { * }
import os
os.set_limit(os.RLIMIT_NOFILE, 256)
var probe = Socket()
probe.bind(0, '127.0.0.1')
var port = probe.port
probe.close()
var before = os.list_dir('/proc/self/fd').length()
var refused = 0
iter var i = 0; i < 500; i++ {
  var s = Socket()
  catch { s.connect('127.0.0.1', port, 1000) } as e
  if e and e.type == 'ConnectionRefused' refused++
  s.close()
}
echo refused                    # expect: 500
echo os.list_dir('/proc/self/fd').length() - before   # expect: 0
# create_connection closes each failed attempt's descriptor itself
refused = 0
iter var i = 0; i < 500; i++ {
  catch { create_connection('127.0.0.1', port, 1000) } as e
  if e and e.type == 'ConnectError' and e.errno == 111 refused++
}
echo refused                    # expect: 500
echo os.list_dir('/proc/self/fd').length() - before   # expect: 0
# dropped without close(): the collector reclaims them
refused = 0
iter var i = 0; i < 500; i++ {
  catch { Socket().connect('127.0.0.1', port, 1000) } as e
  if e and e.type == 'ConnectionRefused' refused++
}
echo refused                    # expect: 500
# The collector warns for each socket it had to close (the runner sets
# SABRE_WARN_UNCLOSED).
# expect error: was never closed; the collector closed it
# expect exit: 0
