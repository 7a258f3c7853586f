# IPv4-mapped IPv6 addresses stay IPv6 (16 bytes, version 6) and print in dotted form.
import socket { IPAddress }
var m = IPAddress('::ffff:192.0.2.1')
echo m                                      # expect: ::ffff:192.0.2.1
echo m.version                              # expect: 6
echo m.is_ipv4_mapped                       # expect: true
echo m.to_bytes().length()                  # expect: 16
echo IPAddress('::ffff:c000:0201')          # expect: ::ffff:192.0.2.1
echo IPAddress('192.0.2.1').is_ipv4_mapped  # expect: false
echo IPAddress('::1').is_ipv4_mapped        # expect: false
echo IPAddress('::fffe:192.0.2.1').is_ipv4_mapped   # expect: false
