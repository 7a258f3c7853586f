# A resolver that never answers cannot hold a connect (or a send_to to a
# name) past its deadline, and get_address_info and create_server wait for
# it (until the resolver's own 1 s timeout) without stopping the other
# fibers, which keep running meanwhile. Forty-eight such lookups at once wait
# on at most 32 helper threads (not one each) and all end. The child runs in network and
# mount namespaces of its own (unshare -mn): only a loopback interface,
# and a private /etc/resolv.conf naming 127.0.0.1, where a python3 UDP
# socket reads the queries and never replies. Nothing leaves this machine.
import os

var sabre = os.env('SABRE_BIN') ? os.env('SABRE_BIN') : 'build/sabre'
var base = '/tmp/sabre_silent_dns_${os.getpid()}'

def write(path, text) {
  var f = file(path, 'w')
  f.write(text)
  f.close()
  return path
}

var child = write(base + '_child.b', "
import socket { * }
var ticks = 0, done = false
var ticker = spawn(@() { while !done { sleep(20); ticks++ } })
var start = microtime()
catch { create_connection('silent.sabre-test', 80, 5000, {deadline: 300}) } as e
var elapsed = (microtime() - start) / 1000
echo e.type
echo e.message
echo elapsed >= 250 and elapsed < 1500
var s = Socket()
start = microtime()
catch { s.connect('silent.sabre-test', 80, 300) } as e
elapsed = (microtime() - start) / 1000
echo e.message
echo elapsed >= 250 and elapsed < 1500
s.close()
var u = Socket(AF_INET, SOCK_DGRAM)
u.send_timeout = 300
start = microtime()
catch { u.send_to('x', 'silent.sabre-test', 9) } as e
elapsed = (microtime() - start) / 1000
echo e.message
echo elapsed >= 250 and elapsed < 1500
u.close()
var before = ticks
start = microtime()
var lookup = spawn(@() {
  catch { get_address_info('silent.sabre-test') } as e
  return e.type
})
echo lookup.join()
elapsed = (microtime() - start) / 1000
echo elapsed >= 900 and ticks - before > 3
before = ticks
var listen = spawn(@() {
  catch { create_server(0, 'silent.sabre-test') } as e
  return e.type
})
echo listen.join()
echo ticks - before > 3
def threads() {
  for line in file('/proc/self/status').read().split('\\n') {
    if line.starts_with('Threads:') return to_number(line[8,].trim())
  }
}
var lookups = []
for i in 0..48 lookups.append(spawn(@(n) {
  catch { get_address_info('silent\${n}.sabre-test') } as e
  return e.type
}, i))
sleep(300)
var busy = threads()
var failed = 0
for f in lookups if f.join() == 'ResolveError' failed++
echo busy > 8 and busy <= 33
echo failed
done = true
ticker.join()
echo ticks > 3
")
var resolv = write(base + '_resolv.conf', 'nameserver 127.0.0.1\noptions timeout:1 attempts:1\n')
var sink = write(base + '_sink.py', "
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(('127.0.0.1', 53))
open(sys.argv[1], 'w').close()
s.settimeout(30)
try:
    while True:
        s.recvfrom(4096)
except OSError:
    pass
")
var ready = base + '_ready', out = base + '.out'
var script = 'ip link set lo up && mount --bind ${resolv} /etc/resolv.conf && ' +
  '{ python3 ${sink} ${ready} & sink=$!; } && ' +
  'i=0; while [ ! -e ${ready} ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i+1)); done; ' +
  '${sabre} ${child} >${out} 2>&1; status=$?; kill $sink; exit $status'
var pid = os.fork()
if pid == 0 os.exec(['timeout', '20', 'unshare', '-mn', 'sh', '-c', script])
echo os.wait(pid)                   # expect: 0
var lines = file(out).read().trim().split('\n')
echo lines[0]                       # expect: TimeoutError
echo lines[1]                       # expect: socket.create_connection(): connect to silent.sabre-test:80: resolve 'silent.sabre-test': the deadline passed
echo lines[2]                       # expect: true
echo lines[3]                       # expect: Socket.connect(): resolve 'silent.sabre-test': timed out
echo lines[4]                       # expect: true
echo lines[5]                       # expect: Socket.send_to(): resolve 'silent.sabre-test': timed out
echo lines[6]                       # expect: true
echo lines[7]                       # expect: ResolveError
echo lines[8]                       # expect: true
echo lines[9]                       # expect: ResolveError
echo lines[10]                      # expect: true
echo lines[11]                      # expect: true
echo lines[12]                      # expect: 48
echo lines[13]                      # expect: true
for path in [child, resolv, sink, ready, out] file(path).delete()
