# Helper module for the examples' tests (run alone, it checks itself): runs examples/*.b and python3 peers as child processes, bounded in time, and picks free ports and temporary paths.
import os
import socket

# The interpreter under test: build/sabre, or SABRE_BIN (the ASan build, say).
var sabre = os.env('SABRE_BIN') ? os.env('SABRE_BIN') : 'build/sabre'

# A temporary path unique to this test process.
def tmp(name) {
  return '/tmp/sabre_examples_${os.getpid()}_${name}'
}

# Quotes text for sh.
def quote(text) {
  return "'" + to_string(text).replace("'", "'\\''") + "'"
}

# Runs command with sh and returns its exit status.
def sh(command) {
  var pid = os.fork()
  if pid == 0 os.exec(['sh', '-c', command])
  return os.wait(pid)
}

# The sh command that runs examples/NAME.b with args (a list), its stdout and
# stderr to the file out, stdin from the file input (or /dev/null), killed after 15 s.
def _command(name, args, out, input) {
  var words = args.map(@(a) { return quote(a) }).join(' ')
  return 'exec timeout 15 ${sabre} examples/${name}.b ${words} <${input ? input : "/dev/null"} >${out} 2>&1'
}

# Starts examples/NAME.b with args in the background and returns its pid (for os.wait).
def start(name, args, out, input = nil) {
  var pid = os.fork()
  if pid == 0 os.exec(['sh', '-c', _command(name, args, out, input)])
  return pid
}

# Runs examples/NAME.b with args to its end and returns [exit status, its output].
def run(name, args, input = nil) {
  var out = tmp('run_${name}.out')
  var status = sh(_command(name, args, out, input))
  return [status, take(out)]
}

# The content of a file, which is then deleted.
def take(path) {
  var text = file(path).read()
  file(path).delete()
  return text
}

# Writes text to a new file at path and returns path.
def write(path, text) {
  var f = file(path, 'w')
  f.write(text)
  f.close()
  return path
}

# What every python3 peer starts with: a 10 s alarm, and connect(), which
# retries for up to 5 s while the example it talks to starts.
var _prelude = '
import os, socket, sys, signal, threading, time
signal.alarm(10)
def connect(address, family=socket.AF_INET, kind=socket.SOCK_STREAM):
    deadline = time.time() + 5
    while True:
        s = socket.socket(family, kind)
        s.settimeout(5)
        try:
            s.connect(address)
            return s
        except (ConnectionRefusedError, FileNotFoundError):
            s.close()
            if time.time() > deadline:
                raise
            time.sleep(0.02)
'

# Starts python3 running code (after the prelude) with args; returns its pid.
def python(code, args = nil) {
  var pid = os.fork()
  if pid == 0 os.exec(['python3', '-c', _prelude + code] + (args ? args.map(@(a) { return to_string(a) }) : []))
  return pid
}

# Starts a python3 server: its code binds and listens, then calls ready(port),
# which writes the port to the file named by sys.argv[1]. Returns [pid, port].
var _servers = 0
def python_server(code, args = nil) {
  _servers += 1
  var port_file = tmp('python${_servers}.port')
  var pid = python('
def ready(port):
    with open(sys.argv[1] + ".tmp", "w") as f:
        f.write(str(port))
    os.rename(sys.argv[1] + ".tmp", sys.argv[1])
' + code, [port_file] + (args ? args : []))
  var port = nil
  iter var i = 0; i < 500 and port == nil; i++ {   # at most 10 s
    if file(port_file).exists() port = to_number(take(port_file))
    else os.sleep(0.02)
  }
  return [pid, port]
}

# A port nothing uses now on host (TCP and UDP), for an example to listen on.
# It is taken below Linux's ephemeral range (32768 and up): a port bound to 0
# and released could meanwhile become the local port of some other process's
# outgoing connection, which happens under a busy parallel test run.
def free_port(host = nil) {
  var family = host and host.index_of(':') >= 0 ? socket.AF_INET6 : socket.AF_INET
  while true {
    var port = rand(20000, 32000)
    var tcp = socket.Socket(family)
    var udp = socket.Socket(family, socket.SOCK_DGRAM)
    catch {
      tcp.bind(port, host ? host : '127.0.0.1')
      udp.bind(port, host ? host : '127.0.0.1')
    } as busy
    tcp.close()
    udp.close()
    if busy == nil return port
  }
}

# Waits up to 5 s until a UDP socket is bound to port (a datagram sent before
# that would be lost); true when one is.
def wait_udp(port) {
  var hex = ''
  var n = port
  iter var i = 0; i < 4; i++ {
    hex = '0123456789ABCDEF'[n % 16] + hex
    n = n // 16
  }
  iter var i = 0; i < 250; i++ {
    for table in ['/proc/net/udp', '/proc/net/udp6'] {
      for line in file(table).read().split('\n') {
        var fields = line.trim().split(' ').filter(@(f) { return f != '' })
        if fields.length() > 1 and fields[1].ends_with(':' + hex) return true
      }
    }
    os.sleep(0.02)
  }
  return false
}

# Calls fn until it stops raising ConnectionRefused or a missing-path error (a
# server still starting), for at most 5 s.
def retry(fn) {
  iter var i = 0; i < 250; i++ {
    try {
      return fn()
    } catch socket.SocketException e {
      if e.errno != 111 and e.errno != 2 raise e   # ECONNREFUSED, ENOENT
      os.sleep(0.02)
    }
  }
  return fn()
}

# Runs the sh command (curl, socat, ...) again while it exits with status
# `refused` (its "could not connect"; 7 for curl), for at most 5 s, and
# returns its last status. The failed tries' complaints are dropped; the last
# try's, if it failed, are printed (so that the test fails and says why).
def sh_retry(command, refused) {
  var errors = tmp('retry.err')
  var status = sh('(${command}) 2>${errors}')
  iter var i = 0; i < 250 and status == refused; i++ {
    os.sleep(0.02)
    status = sh('(${command}) 2>${errors}')
  }
  var complaints = take(errors)
  if status != 0 echo complaints
  return status
}

if os.args[0].ends_with('_peers.b') {
  echo quote("it's")                                           # expect: 'it'\''s'
  echo sh('exit 3')                                            # expect: 3
  var r = run('hello', [])
  echo r[0]                                                    # expect: 0
  echo r[1].trim()                                             # expect: Hello from Sabre!
  var port = free_port()
  echo port > 0                                                # expect: true
  var u = socket.Socket(socket.AF_INET, socket.SOCK_DGRAM)
  u.bind(port, '127.0.0.1')
  echo wait_udp(port)                                          # expect: true
  u.close()
  var server = python_server('
s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen(1)
ready(s.getsockname()[1])
c, _ = s.accept()
c.sendall(b"hi " + sys.argv[2].encode())
', ['there'])
  var c = retry(@{ return socket.create_connection('127.0.0.1', server[1], 5000) })
  echo c.read(8)                                               # expect: hi there
  c.close()
  echo os.wait(server[0])                                      # expect: 0
}
