# Address: parsing and formatting 'ip:port', '[v6]:port' and UNIX paths,
# properties, == and dictionary keys by value, and what peer_address() and
# local_address() return.
import socket { Socket, Address, AF_INET, AF_INET6, AF_UNIX }

var v4 = Address('127.0.0.1:8080')
echo v4                                      # expect: 127.0.0.1:8080
echo v4.ip                                   # expect: 127.0.0.1
echo v4.port                                 # expect: 8080
echo v4.family == AF_INET                    # expect: true
echo v4.path                                 # expect: nil
echo Address('127.0.0.1', 8080) == v4        # expect: true
echo Address('127.0.0.1:8081') == v4         # expect: false
echo Address('127.0.0.1').port             # expect: 0

var v6 = Address('[0:0::1]:443')
echo v6.to_string()                          # expect: [::1]:443
echo v6.ip                                   # expect: ::1
echo v6.family == AF_INET6                   # expect: true
echo Address('::1', 443) == v6               # expect: true
echo Address('[::1]', 443) == v6             # expect: true
echo Address('::1').port                     # expect: 0
echo Address('[fe80::1%1]:80').scope_id      # expect: 1
echo Address('[fe80::1%1]:80') == Address('[fe80::1]:80')  # expect: false
echo Address('[fe80::1%1]:80').ip.starts_with('fe80::1%')  # expect: true
echo Address(Address('[::ffff:1.2.3.4]:7').to_string()).port  # expect: 7

var path = Address('/tmp/sabre.sock')
echo path                                    # expect: /tmp/sabre.sock
echo path.family == AF_UNIX                  # expect: true
echo path.ip                                 # expect: nil
echo path.port                               # expect: 0
echo Address('@name').path                   # expect: @name
echo Address('@name') == Address('\x00name') # expect: true
echo Address('@name') == Address('./name')   # expect: false

# Values: equal addresses are one key.
var seen = {}
seen[Address('10.0.0.1:53')] = 1
seen[Address('10.0.0.1', 53)] = 2
seen[Address('[::1]:53')] = 3
echo seen.length()                           # expect: 2
echo seen[Address('10.0.0.1:53')]            # expect: 2

# Sockets return Addresses.
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
var client = Socket()
client.connect('127.0.0.1', server.port)
var peer = server.accept()
echo client.peer_address() == server.local_address()  # expect: true
echo peer.peer_address() == client.local_address()    # expect: true
echo client.peer_address() == Address('127.0.0.1', server.port)  # expect: true
echo client.peer_address().to_string() == '127.0.0.1:${server.port}'  # expect: true
client.close()
peer.close()
server.close()

# Errors name the text and what was expected.
catch { Address('example.com:80') } as e
echo e.message   # expect: Address(): 'example.com:80' is not an address: expected 'ip:port', '[ipv6]:port', an IP or a path
catch { Address('1.2.3.4:65536') } as e
echo e.type      # expect: ValueError
catch { Address('[::1]80') } as e
echo e.type      # expect: ValueError
catch { Address('1.2.3.4:') } as e
echo e.type      # expect: ValueError
catch { Address('/' + 'x' * 200) } as e
echo e.message.ends_with('is not a UNIX socket path this system accepts')  # expect: true
catch { Address('::1', 70000) } as e
echo e.message   # expect: Address(): port must be between 0 and 65535, got 70000
catch { Address('host', 80) } as e
echo e.message   # expect: Address(): 'host' is not an IPv4 or IPv6 address
catch { Address(42) } as e
echo e.type      # expect: TypeError
