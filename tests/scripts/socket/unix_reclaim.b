# bind(path, true) removes a socket file left behind, but never one that a
# live socket still listens on; without it the error says how to proceed.
import socket { * }
import os
var path = '/tmp/sabre_reclaim_${os.getpid()}'
var first = Socket(AF_UNIX)
first.bind(path)
first.close()
catch { Socket(AF_UNIX).bind(path) } as e
echo e.type                     # expect: AddressInUse
echo e.message.contains('bind(path, true) removes a stale socket file')   # expect: true
var second = Socket(AF_UNIX)
echo second.bind(path, true)    # expect: true
second.listen()
catch { Socket(AF_UNIX).bind(path, true) } as busy
echo busy.type                  # expect: AddressInUse
second.close()
file(path).delete()
var plain = file(path, 'w')
plain.write('not a socket')
plain.close()
catch { Socket(AF_UNIX).bind(path, true) } as notsock
echo notsock.type               # expect: AddressInUse
echo file(path).exists()        # expect: true
file(path).delete()
