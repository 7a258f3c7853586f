# Binding an abstract UNIX name that a live socket holds raises
# AddressInUse without the hint about stale socket files: an abstract name
# has no file, and goes when its socket closes (bind(path, true) cannot
# help and removes nothing either).
import socket { * }
import os
var name = 'sabre_abstract_taken_${os.getpid()}'
var holder = Socket(AF_UNIX)
holder.bind('@' + name)
# The error of binding a new socket to path, which is then closed.
def bind_error(path, reclaim) {
  var s = Socket(AF_UNIX)
  catch { s.bind(path, reclaim) } as e
  s.close()
  return e
}
var e = bind_error('@' + name, false)
echo e.type                     # expect: AddressInUse
echo e.message == 'Socket.bind(): bind to @${name}: Address already in use'  # expect: true
var nul = bind_error('\0' + name, false)
echo nul.message == e.message   # expect: true
echo bind_error('@' + name, true).type   # expect: AddressInUse
holder.close()
var again = Socket(AF_UNIX)
echo again.bind('@' + name)     # expect: true
again.close()
