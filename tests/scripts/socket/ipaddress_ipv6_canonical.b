# IPv6 text in any form inet_pton accepts prints in the canonical short, lower-case form.
import socket { IPAddress }
echo IPAddress('::0001')                                  # expect: ::1
echo IPAddress('0:0:0:0:0:0:0:1')                         # expect: ::1
echo IPAddress('2001:DB8:0:0:0:0:0:FF')                   # expect: 2001:db8::ff
echo IPAddress('2001:0db8:0000:0001:0000:0000:0000:0001') # expect: 2001:db8:0:1::1
echo IPAddress('::')                                      # expect: ::
echo IPAddress('::').version                              # expect: 6
echo IPAddress('2001:db8::1').to_string() == '2001:db8::1' # expect: true
IPAddress('1::2::3')                                      # expect error: ValueError
