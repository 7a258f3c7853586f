# is_private: 10/8, 172.16/12, 192.168/16 and fc00::/7, tested at the block edges.
import socket { IPAddress }
echo IPAddress('10.1.2.3').is_private         # expect: true
echo IPAddress('11.0.0.0').is_private         # expect: false
echo IPAddress('172.15.255.255').is_private   # expect: false
echo IPAddress('172.16.0.0').is_private       # expect: true
echo IPAddress('172.31.255.255').is_private   # expect: true
echo IPAddress('172.32.0.0').is_private       # expect: false
echo IPAddress('192.168.0.1').is_private      # expect: true
echo IPAddress('192.169.0.1').is_private      # expect: false
echo IPAddress('fc00::1').is_private          # expect: true
echo IPAddress('fdff::1').is_private          # expect: true
echo IPAddress('fe00::1').is_private          # expect: false
echo IPAddress('8.8.8.8').is_private          # expect: false
echo IPAddress('::ffff:192.168.1.1').is_private   # expect: true
