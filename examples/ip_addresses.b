# Parsing and building IPv4 and IPv6 addresses with socket.IPAddress (Inko's "Parsing IP addresses"). Run: build/sabre examples/ip_addresses.b [ADDRESS...]
import socket { IPAddress }
import os

# Parse an address; IPAddress() raises ValueError for text that is not one.
var address = IPAddress('1.2.3.4')
echo '${address} is IPv${address.version}'

# Build an IPv4 address from its 4 bytes.
def ipv4(a, b, c, d) {
  return IPAddress('${a}.${b}.${c}.${d}')
}

# Build an IPv6 address from its 8 16-bit groups.
def ipv6(...) {
  if __args__.length() != 8 raise ArgumentError('ipv6() takes 8 groups, got ${__args__.length()}')
  return IPAddress(__args__.map(@(group) { return hex(group).replace('0x', '') }).join(':'))
}

# Converted back to text, in the canonical (shortest) form.
echo ipv4(127, 0, 0, 1).to_string()                   # 127.0.0.1
echo ipv6(0, 0, 0, 0, 0, 0, 0, 1).to_string()         # ::1
echo ipv6(0x2001, 0xdb8, 0, 0, 0, 0xff00, 0x42, 0x8329)

# What an address can tell about itself.
var texts = ['127.0.0.1', '::1', '192.168.1.20', 'fe80::1%lo', 'ff02::1', '::ffff:10.0.0.1', '0.0.0.0', '1.2.3']
if os.args.length() > 1 texts = os.args[1, os.args.length()]
for text in texts {
  try {
    var ip = IPAddress(text)
    var kinds = []
    if ip.is_loopback kinds.append('loopback')
    if ip.is_unspecified kinds.append('unspecified')
    if ip.is_private kinds.append('private')
    if ip.is_link_local kinds.append('link-local')
    if ip.is_multicast kinds.append('multicast')
    if ip.is_ipv4_mapped kinds.append('IPv4-mapped')
    echo '${ip}: IPv${ip.version}, bytes ${ip.to_bytes().to_list()}' + (kinds ? ', ' + ', '.join(kinds) : '')
  } catch ValueError e {
    echo e.message
  }
}

# Two spellings of one address are equal.
echo IPAddress('0:0::0001').equals(IPAddress('::1'))  # true
