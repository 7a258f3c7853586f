# IPv6 text in any form inet_pton accepts prints in the canonical short, lower-case form.
import socket { IPAddress }
echo IPAddress('::0001')                                  # expect: ::1
echo IPAddress('0:0:0:0:0:0:0:1')                         # expect: ::1
echo IPAddress('2001:DB8:0:0:0:0:0:FF')                   # expect: 2001:db8::ff
echo IPAddress('2001:0db8:0000:0001:0000:0000:0000:0001') # expect: 2001:db8:0:1::1
echo IPAddress('::')                                      # expect: ::
echo IPAddress('::').version                              # expect: 6
# 96 zero bits then a nonzero group: hexadecimal (RFC 5952), not the deprecated
# IPv4-compatible ::0.1.0.128 that inet_ntop writes; mapped addresses keep their dots.
echo IPAddress('::1:80')                                  # expect: ::1:80
echo IPAddress('::1.2.3.4')                               # expect: ::102:304
echo IPAddress('::1:0')                                   # expect: ::1:0
echo IPAddress('::ffff:1.2.3.4')                          # expect: ::ffff:1.2.3.4
echo IPAddress('2001:db8::1').to_string() == '2001:db8::1' # expect: true
IPAddress('1::2::3')                                      # expect error: ValueError
