# Datagram options: SO_BROADCAST and the IPv4 multicast TTL and loop
# options round-trip; a bad group address is a ValueError.
import socket { * }
var u = Socket(AF_INET, SOCK_DGRAM)
echo u.get_option(SO_BROADCAST)             # expect: false
u.set_option(SO_BROADCAST, true)
echo u.get_option(SO_BROADCAST)             # expect: true
u.set_option(IPPROTO_IP, IP_MULTICAST_TTL, 4)
echo u.get_option(IPPROTO_IP, IP_MULTICAST_TTL)   # expect: 4
u.set_option(IPPROTO_IP, IP_MULTICAST_LOOP, false)
echo u.get_option(IPPROTO_IP, IP_MULTICAST_LOOP)  # expect: false
u.set_option(IPPROTO_IP, IP_TTL, 33)
echo u.get_option(IPPROTO_IP, IP_TTL)             # expect: 33
catch { u.set_option(IPPROTO_IP, IP_ADD_MEMBERSHIP, 'not a group') } as e
echo e.type                                 # expect: ValueError
catch { u.set_option(IPPROTO_IP, IP_ADD_MEMBERSHIP, 42) } as e
echo e.type                                 # expect: TypeError
# IP_MULTICAST_IF names the interface by its IPv4 address, as the docs say.
echo u.get_option(IPPROTO_IP, IP_MULTICAST_IF)                 # expect: 0.0.0.0
echo u.set_option(IPPROTO_IP, IP_MULTICAST_IF, '127.0.0.1')    # expect: true
echo u.get_option(IPPROTO_IP, IP_MULTICAST_IF)                 # expect: 127.0.0.1
catch { u.set_option(IPPROTO_IP, IP_MULTICAST_IF, 'eth0') } as e
echo e.message          # expect: Socket.set_option(): 'eth0' is not an IPv4 address
catch { u.set_option(IPPROTO_IP, IP_MULTICAST_IF, 5) } as e
echo e.message          # expect: Socket.set_option(): argument 3 (value) must be an IPv4 address, got number
catch { u.set_option(SO_BROADCAST, 'yes') } as e
echo e.message          # expect: Socket.set_option(): argument 2 (value) must be an integer, got string
var six = Socket(AF_INET6, SOCK_DGRAM)
six.set_option(IPPROTO_IPV6, IPV6_MULTICAST_HOPS, 7)
echo six.get_option(IPPROTO_IPV6, IPV6_MULTICAST_HOPS)  # expect: 7
u.close()
six.close()
