# Closing a UNIX server leaves its socket file; binding the same path again
# raises AddressInUse naming the path, until the file is removed.
import socket { * }
import os
var path = '/tmp/sabre_unix_stale_${os.getpid()}.sock'
var first = Socket(AF_UNIX)
first.bind(path)
first.listen()
first.close()
echo file(path).exists()        # expect: true
var second = Socket(AF_UNIX)
catch { second.bind(path) } as e
echo e ? e.type : 'bound'       # expect: AddressInUse
echo e.errno                    # expect: 98
echo e.message == 'Socket.bind(): bind to ${path} (bind(path, true) removes a stale socket file): Address already in use'  # expect: true
# nothing listens on the stale file: connecting is refused
var client = Socket(AF_UNIX)
catch { client.connect(path, nil, 1000) } as e
echo e.type                     # expect: ConnectionRefused
file(path).delete()
echo second.bind(path)          # expect: true
second.close()
client.close()
file(path).delete()
echo file(path).exists()        # expect: false
