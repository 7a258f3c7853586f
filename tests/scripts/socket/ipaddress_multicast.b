# is_multicast: 224.0.0.0/4 and ff00::/8, with both edges of the IPv4 block.
import socket { IPAddress }
echo IPAddress('224.0.0.1').is_multicast        # expect: true
echo IPAddress('239.255.255.255').is_multicast  # expect: true
echo IPAddress('223.255.255.255').is_multicast  # expect: false
echo IPAddress('240.0.0.0').is_multicast        # expect: false
echo IPAddress('ff02::1').is_multicast          # expect: true
echo IPAddress('ff00::').is_multicast           # expect: true
echo IPAddress('fe80::1').is_multicast          # expect: false
