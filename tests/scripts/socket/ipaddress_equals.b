# equals() and == compare family, bytes and scope; equal addresses are one dictionary key.
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
echo a == IPAddress('0::1')                                # expect: true
echo a != IPAddress('::2')                                 # expect: true
echo IPAddress('1.2.3.4') == IPAddress('::ffff:1.2.3.4')   # expect: false
echo a == '::1'                                            # expect: false
var seen = {}
seen[IPAddress('10.0.0.1')] = 'first'
seen[IPAddress('10.0.0.1')] = 'again'
echo seen.length()                                         # expect: 1
echo seen[IPAddress('10.0.0.1')]                           # expect: again
a.equals()                                                 # expect error: ArgumentError
