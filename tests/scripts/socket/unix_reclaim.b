# bind(path, true) removes a socket file left behind, but never one that a
# live socket still listens on; without it the error says how to proceed.
import socket { * }
import os
var path = '/tmp/sabre_reclaim_${os.getpid()}'
# The error of binding a new UNIX socket to path, which is then closed.
def bind_error(reclaim) {
  var s = Socket(AF_UNIX)
  catch { s.bind(path, reclaim) } as e
  s.close()
  return e
}
var first = Socket(AF_UNIX)
first.bind(path)
first.close()
var e = bind_error(false)
echo e.type                     # expect: AddressInUse
echo e.message.contains('bind(path, true) removes a stale socket file')   # expect: true
var second = Socket(AF_UNIX)
echo second.bind(path, true)    # expect: true
second.listen()
var busy = bind_error(true)
echo busy.type                  # expect: AddressInUse
second.close()
file(path).delete()
var plain = file(path, 'w')
plain.write('not a socket')
plain.close()
var notsock = bind_error(true)
echo notsock.type               # expect: AddressInUse
echo file(path).exists()        # expect: true
file(path).delete()
