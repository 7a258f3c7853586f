# to_bytes() gives the address in network byte order: 4 bytes for IPv4, 16 for IPv6.
import socket { IPAddress }
echo IPAddress('10.0.0.1').to_bytes()           # expect: bytes([10, 0, 0, 1])
echo typeof(IPAddress('10.0.0.1').to_bytes())   # expect: bytes
var b = IPAddress('2001:db8::ff').to_bytes()
echo b.length()                                 # expect: 16
echo b[0]                                       # expect: 32
echo b[1]                                       # expect: 1
echo b[15]                                      # expect: 255
echo IPAddress('::1').to_bytes()                # expect: bytes([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1])
