# equals() compares family, bytes and scope; == stays identity, as for other native objects.
import socket { IPAddress }
var a = IPAddress('::1')
echo a.equals(IPAddress('0:0::0001'))                      # expect: true
echo a.equals(IPAddress('::2'))                            # expect: false
echo IPAddress('1.2.3.4').equals(IPAddress('::ffff:1.2.3.4'))  # expect: false
echo IPAddress('fe80::1%lo').equals(IPAddress('fe80::1'))  # expect: false
echo IPAddress('fe80::1%lo').equals(IPAddress('fe80::1%1')) # expect: true
echo a.equals('::1')                                       # expect: false
echo a.equals(nil)                                         # expect: false
echo a == a                                                # expect: true
a.equals()                                                 # expect error: ArgumentError
