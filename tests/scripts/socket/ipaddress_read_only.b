# The properties are read-only; assigning one raises PropertyError and leaves it unchanged.
import socket { IPAddress }
var a = IPAddress('10.0.0.1')
catch { a.version = 6 } as e
echo e.type          # expect: PropertyError
echo a.version       # expect: 4
catch { a.is_private = false } as e
echo e.type          # expect: PropertyError
echo a.is_private    # expect: true
a.is_loopback = true # expect error: PropertyError
