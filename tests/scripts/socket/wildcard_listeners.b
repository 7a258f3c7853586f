# Listening on every address: create_server(port) takes IP_ANY (IPv4),
# and '::' takes IPv6 with IPv4 mapped in (IPV6_V6ONLY off, Linux's
# default), so one listener answers clients on 127.0.0.1 and on ::1.
import socket { * }
var any4 = create_server(0)
echo any4.host                                      # expect: 0.0.0.0
var c4 = create_connection('127.0.0.1', any4.port, 2000)
any4.receive_timeout = 2000
var a4 = any4.accept()
echo a4.peer_address().ip                         # expect: 127.0.0.1
echo a4.local_address().ip                        # expect: 127.0.0.1

var any6 = create_server(0, '::')
echo any6.host                                      # expect: ::
echo any6.get_option(IPPROTO_IPV6, IPV6_V6ONLY)     # expect: false
any6.receive_timeout = 2000
var c6 = create_connection('::1', any6.port, 2000)
var a6 = any6.accept()
echo a6.peer_address().ip                         # expect: ::1
var mapped = create_connection('127.0.0.1', any6.port, 2000)
var am = any6.accept()
echo am.peer_address().ip                         # expect: ::ffff:127.0.0.1
mapped.send('over v4')
am.receive_timeout = 2000
echo am.receive()                                   # expect: over v4
for s in [c4, a4, c6, a6, mapped, am, any4, any6] s.close()
