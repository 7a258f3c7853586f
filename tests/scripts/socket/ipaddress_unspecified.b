# is_unspecified: only the any-address of each family.
import socket { IPAddress }
echo IPAddress('0.0.0.0').is_unspecified    # expect: true
echo IPAddress('::').is_unspecified         # expect: true
echo IPAddress('0::0').is_unspecified       # expect: true
echo IPAddress('0.0.0.1').is_unspecified    # expect: false
echo IPAddress('::1').is_unspecified        # expect: false
echo IPAddress('10.0.0.0').is_unspecified   # expect: false
