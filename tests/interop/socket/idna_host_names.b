# Internationalized host names resolve by their A-labels: 'bücher.sabre-test' (in any
# case) is looked up as 'xn--bcher-kva.sabre-test' by connect, create_connection,
# get_address_info, create_server and send_to; a name that is no valid IDN raises
# ResolveError without a lookup; a NUL byte in any host name is refused before the
# resolver could cut the name short there. The child runs in network and mount
# namespaces of its own (unshare -mn): only loopback, a private /etc/hosts naming the
# A-label and a resolv.conf pointing at 127.0.0.1, where nothing answers. Nothing
# leaves this machine.
import os

var sabre = os.env('SABRE_BIN') ? os.env('SABRE_BIN') : 'build/sabre'
var base = '/tmp/sabre_idna_${os.getpid()}'

def write(path, text) {
  var f = file(path, 'w')
  f.write(text)
  f.close()
  return path
}

var child = write(base + '_child.b', "
import socket { * }
var server = create_server(0, '127.0.0.1')
server.receive_timeout = 5000
def exchange(connect) {
  var client = connect()
  var conn = server.accept()
  client.send('hi')
  conn.receive_timeout = 5000
  var got = conn.receive()
  conn.close()
  client.close()
  return got
}
echo exchange(@() { return create_connection('b\\u{fc}cher.sabre-test', server.port, 5000) })
echo exchange(@() {
  var s = Socket()
  s.connect('B\\u{dc}CHER.Sabre-Test', server.port, 5000)
  return s
})
echo exchange(@() { return create_connection('xn--bcher-kva.sabre-test', server.port, 5000) })
echo get_address_info('b\\u{fc}cher.sabre-test')['ip']
var listener = create_server(0, 'b\\u{fc}cher.sabre-test')
echo listener.local_address().ip
listener.close()
var udp = Socket(AF_INET, SOCK_DGRAM)
udp.bind(0, '127.0.0.1')
udp.receive_timeout = 5000
udp.send_to('datagram', 'b\\u{fc}cher.sabre-test', udp.port)
echo udp.receive()
var bad = Socket()
catch { bad.connect('\\u{301}x.sabre-test', 80, 2000) } as e
echo [e.type, e.message, e.code]   # EAI_NONAME: no such name
bad.close()
catch { get_address_info('a\\u{200d}b.sabre-test') } as e
echo e.message
def nul_error(action) {
  catch { action() } as e
  return e.type + ': ' + e.message
}
echo nul_error(@() { create_connection('localhost\\0.evil.example', server.port, 2000) })
echo nul_error(@() { create_connection(['::1', 'localhost\\0x'], server.port, 2000) })
echo nul_error(@() { get_address_info('localhost\\0x') })
echo nul_error(@() { get_host_by_name('localhost\\0x') })
echo nul_error(@() { create_server(0, '127.0.0.1\\0x') })
var s = Socket()
echo nul_error(@() { s.connect('localhost\\0.evil.example', server.port, 2000) })
echo s.is_connected
s.close()
echo nul_error(@() { udp.send_to('x', '127.0.0.1\\0x', udp.port) })
udp.close()
server.close()
")
var hosts = write(base + '_hosts', '127.0.0.1 localhost\n127.0.0.1 xn--bcher-kva.sabre-test\n')
var resolv = write(base + '_resolv.conf', 'nameserver 127.0.0.1\noptions timeout:1 attempts:1\n')
var out = base + '.out'
var script = 'ip link set lo up && mount --bind ${hosts} /etc/hosts && ' +
  'mount --bind ${resolv} /etc/resolv.conf && exec ${sabre} ${child} >${out} 2>&1'
var pid = os.fork()
if pid == 0 os.exec(['timeout', '20', 'unshare', '-mn', 'sh', '-c', script])
echo os.wait(pid)                   # expect: 0
for line in file(out).read().trim().split('\n') echo line
# expect: hi
# expect: hi
# expect: hi
# expect: 127.0.0.1
# expect: 127.0.0.1
# expect: datagram
# expect: ['ResolveError', 'Socket.connect(): cannot resolve \'́x.sabre-test\': not a valid internationalized domain name (IDNA)', -2]
# expect: socket.get_address_info(): cannot resolve 'a‍b.sabre-test': not a valid internationalized domain name (IDNA)
# expect: ValueError: socket.create_connection(): the host name 'localhost...' holds a NUL byte
# expect: ValueError: socket.create_connection(): the host name 'localhost...' holds a NUL byte
# expect: ValueError: socket.get_address_info(): the host name 'localhost...' holds a NUL byte
# expect: ValueError: socket.get_host_by_name(): the host name 'localhost...' holds a NUL byte
# expect: ValueError: socket.create_server(): the host name '127.0.0.1...' holds a NUL byte
# expect: ValueError: Socket.connect(): the host name 'localhost...' holds a NUL byte
# expect: false
# expect: ValueError: Socket.send_to(): the host name '127.0.0.1...' holds a NUL byte
for path in [child, hosts, resolv, out] file(path).delete()
