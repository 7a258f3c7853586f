# examples/ip_addresses.b (Inko's "Parsing IP addresses") parses and builds IPv4 and IPv6 addresses; given addresses, its canonical text and bytes agree with python3's ipaddress module.
import os
import ._peers

var r = _peers.run('ip_addresses', [])
echo r[0]             # expect: 0
echo r[1].trim()
# expect: 1.2.3.4 is IPv4
# expect: 127.0.0.1
# expect: ::1
# expect: 2001:db8::ff00:42:8329
# expect: 127.0.0.1: IPv4, bytes [127, 0, 0, 1], loopback
# expect: ::1: IPv6, bytes [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], loopback
# expect: 192.168.1.20: IPv4, bytes [192, 168, 1, 20], private
# expect: fe80::1%lo: IPv6, bytes [254, 128, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], link-local
# expect: ff02::1: IPv6, bytes [255, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], multicast
# expect: ::ffff:10.0.0.1: IPv6, bytes [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 255, 255, 10, 0, 0, 1], private, IPv4-mapped
# expect: 0.0.0.0: IPv4, bytes [0, 0, 0, 0], unspecified
# expect: IPAddress(): '1.2.3' is not an IPv4 or IPv6 address
# expect: true

# Odd spellings, canonicalised as python3 does.
var texts = ['010.1.2.3x', '2001:DB8:0:0:1:0:0:1', '0:0:0:0:0:0:0:0', '1.2.3.04', '1:2:3:4:5:6:7:8',
             'fe80::a%eth0', '2001:db8::0:1', '255.255.255.255', '1::', '::2:3:4:5:6:7:8', 'abcd::ef01']
r = _peers.run('ip_addresses', texts)
var mine = r[1].trim().split('\n')
mine = mine[4, mine.length() - 1].map(@(line) {
  return line.index_of(': IPv') < 0 ? line : line[0, line.index_of(': IPv')] + ' ' + line.split('bytes ')[1].split(']')[0] + ']'
})
var expected = _peers.tmp('expected')
var python = _peers.python('
import ipaddress
with open(sys.argv[1], "w") as f:
    for text in sys.argv[2:]:
        try:
            ip = ipaddress.ip_address(text)
            f.write("%s %s\\n" % (ip, list(ip.packed)))
        except ValueError:
            f.write("IPAddress(): %r is not an IPv4 or IPv6 address\\n" % text)
', [expected] + texts)
echo os.wait(python)             # expect: 0
var theirs = _peers.take(expected).trim().split('\n')
echo mine.length()               # expect: 11
for i, line in mine {
  if line != theirs[i] echo '${line} != ${theirs[i]}'
}
