# is_loopback: 127.0.0.0/8, ::1, and IPv4-mapped loopback.
import socket { IPAddress }
echo IPAddress('127.0.0.1').is_loopback         # expect: true
echo IPAddress('127.255.0.9').is_loopback       # expect: true
echo IPAddress('128.0.0.1').is_loopback         # expect: false
echo IPAddress('::1').is_loopback               # expect: true
echo IPAddress('::2').is_loopback               # expect: false
echo IPAddress('::').is_loopback                # expect: false
echo IPAddress('::ffff:127.0.0.1').is_loopback  # expect: true
echo IPAddress('::ffff:10.0.0.1').is_loopback   # expect: false
