# A link-local IPv6 address keeps its scope in every host text a socket gives (receive_from's sender, host after bind and accept, info()), as Address does. The child runs in a network namespace of its own (unshare -n) whose loopback interface gets fe80::1: nothing leaves this machine.
import os

var sabre = os.env('SABRE_BIN') ? os.env('SABRE_BIN') : 'build/sabre'
var base = '/tmp/sabre_ipv6_scope_${os.getpid()}'
var child = base + '_child.b', out = base + '.out'
var f = file(child, 'w')
f.write("
import socket { * }
var a = Socket(AF_INET6, SOCK_DGRAM)
a.bind(0, 'fe80::1%lo')
a.receive_timeout = 500
var b = Socket(AF_INET6, SOCK_DGRAM)
b.bind(0, 'fe80::1%lo')
var got = nil, tries = 0
while got == nil and tries < 10 {
  b.send_to('hi', 'fe80::1%lo', a.port)
  catch { got = a.receive_from() } as lost
  tries++
}
echo got[0] + ' from ' + got[1]
echo a.host
echo a.info()['address']
var server = Socket(AF_INET6)
server.bind(0, 'fe80::1%lo')
server.listen()
server.receive_timeout = 10000
var c = Socket(AF_INET6)
c.connect('fe80::1%lo', server.port, 10000)
var conn = server.accept()
echo conn.host
echo conn.peer_address() == c.local_address()
for s in [a, b, server, c, conn] s.close()
")
f.close()
var script = 'ip link set lo up && ip addr add fe80::1/64 dev lo nodad && ${sabre} ${child} >${out} 2>&1'
var pid = os.fork()
if pid == 0 os.exec(['timeout', '40', 'unshare', '-n', 'sh', '-c', script])
echo os.wait(pid)                   # expect: 0
var lines = file(out).read().trim().split('\n')
echo lines[0]                       # expect: hi from fe80::1%lo
echo lines[1]                       # expect: fe80::1%lo
echo lines[2]                       # expect: fe80::1%lo
echo lines[3]                       # expect: fe80::1%lo
echo lines[4]                       # expect: true
for path in [child, out] file(path).delete()
