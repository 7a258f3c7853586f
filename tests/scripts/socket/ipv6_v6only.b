# IPV6_V6ONLY at level IPPROTO_IPV6: get/set round trip; with it off an
# IPv6 socket bound to ::ffff:127.0.0.1 serves an IPv4 client (seen as an
# IPv4-mapped address); with it on that bind is refused.
import socket { * }
var dual = Socket(AF_INET6)
echo dual.set_option(IPPROTO_IPV6, IPV6_V6ONLY, false)  # expect: true
echo dual.get_option(IPPROTO_IPV6, IPV6_V6ONLY)         # expect: false
dual.bind(0, '::ffff:127.0.0.1')
dual.listen()
dual.receive_timeout = 2000
var v4 = Socket()
v4.receive_timeout = 2000
v4.connect('127.0.0.1', dual.port, 2000)
var peer = dual.accept()
echo peer.host                      # expect: ::ffff:127.0.0.1
peer.send('mapped')
echo v4.receive()                   # expect: mapped
var only = Socket(AF_INET6)
only.set_option(IPPROTO_IPV6, IPV6_V6ONLY, true)
echo only.get_option(IPPROTO_IPV6, IPV6_V6ONLY)         # expect: true
catch { only.bind(0, '::ffff:127.0.0.1') } as e
echo e ? e.type : 'bound'           # expect: SocketException
echo only.bind(0, '::1')            # expect: true
peer.close()
v4.close()
dual.close()
only.close()
