# IPAddress() takes exactly one string: other types raise TypeError, other counts ArgumentError.
import socket { IPAddress }
catch { IPAddress(127) } as e
echo e.type                                   # expect: TypeError
echo e.message.index_of('IPAddress()') > -1   # expect: true
echo e.message.index_of('text') > -1          # expect: true
catch { IPAddress(['::1']) } as e
echo e.type                                   # expect: TypeError
catch { IPAddress() } as e
echo e.type                                   # expect: ArgumentError
catch { IPAddress('::1', 2) } as e
echo e.type                                   # expect: ArgumentError
IPAddress(nil)                                # expect error: TypeError
