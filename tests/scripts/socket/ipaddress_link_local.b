# is_link_local: 169.254.0.0/16 and fe80::/10.
import socket { IPAddress }
echo IPAddress('169.254.1.1').is_link_local   # expect: true
echo IPAddress('169.253.1.1').is_link_local   # expect: false
echo IPAddress('fe80::1').is_link_local       # expect: true
echo IPAddress('febf::1').is_link_local       # expect: true
echo IPAddress('fec0::1').is_link_local       # expect: false
echo IPAddress('::1').is_link_local           # expect: false
