# TLSSocket.send_file() sends a 3 MiB file of random bytes, whole and in offset/count ranges, from a path or a File, to a python3 ssl server that compares every byte with the file; in fibers, two send_file calls to slow readers park and resume while a ticker fiber runs; the argument errors are Socket.send_file()'s.
import ssl
import socket
import os
import ._certs

var dir = _certs.make()
var data = '${dir}/data.bin'
var size = 3 * 1048576 + 4321
_certs.sh('python3 -c \'import os; open("${data}", "wb").write(os.urandom(${size}))\'')

# Serves TLS connections, each in a thread: reads the line "OFFSET COUNT PACE", then the
# bytes to the TLS end of stream (PACE slow: 16 KiB, then 2 ms of sleep, with a small receive
# buffer), and answers "<bytes received> ok" when they are the file's bytes in that range
# (count -1: to the end), "... bad" otherwise. The line "done" ends it.
var server_code = '
import os, signal, socket, ssl, sys, threading, time
signal.alarm(40)
port_file, path, d = sys.argv[1], sys.argv[2], sys.argv[3]
data = open(path, "rb").read()
ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
ctx.load_cert_chain(d + "/server.pem", d + "/server.key")
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)
srv.bind(("127.0.0.1", 0))
srv.listen(8)
with open(port_file + ".tmp", "w") as f:
    f.write(str(srv.getsockname()[1]))
os.rename(port_file + ".tmp", port_file)
srv.settimeout(20)

def serve(tls):
    header = b""
    while not header.endswith(b"\\n"):
        header += tls.recv(1)
    words = header.split()
    if words[0] == b"done":
        os._exit(0)
    offset, count, slow = int(words[0]), int(words[1]), words[2] == b"slow"
    got = bytearray()
    while True:
        piece = tls.recv(16384)
        if not piece:
            break
        got += piece
        if slow:
            time.sleep(0.002)
    want = data[offset:] if count < 0 else data[offset:offset + count]
    tls.sendall(b"%d %s" % (len(got), b"ok" if got == want else b"bad"))
    tls.unwrap()
    tls.close()

while True:
    conn, _ = srv.accept()
    conn.settimeout(20)
    tls = ctx.wrap_socket(conn, server_side=True)
    threading.Thread(target=serve, args=(tls,)).start()
'
var port_file = '${dir}/port'
var server = os.fork()
if server == 0 os.exec(['python3', '-c', server_code, port_file, data, dir])
var port = nil
iter var i = 0; i < 500 and port == nil; i++ {   # at most 10 s
  if file(port_file).exists() port = to_number(file(port_file).read())
  else os.sleep(0.02)
}

var ctx = ssl.TLSContext()
ctx.load_verify_locations('${dir}/ca.pem')
# A small send buffer, so that a slow reader soon makes send_file wait.
def connect() {
  var sock = socket.create_connection('127.0.0.1', port, 10000)
  sock.set_option(socket.SO_SNDBUF, 65536)
  var tls = ctx.wrap(sock, 'localhost')
  tls.send_timeout = 20000
  tls.receive_timeout = 20000
  return tls
}

# Sends the range and returns "<send_file's result> | <the server's answer>".
def send(source, offset, count, pace) {
  var tls = connect()
  tls.send('${offset} ${count} ${pace}\n')
  var n = tls.send_file(source, offset, count)
  tls.shutdown()
  var answer = tls.read(-1)
  tls.close()
  return '${n} | ${answer}'
}

echo send(data, 0, -1, 'fast')                        # expect: 3150049 | 3150049 ok
echo send(data, 1000, 1500000, 'fast')                # expect: 1500000 | 1500000 ok
echo send(data, size - 10, 100, 'fast')               # expect: 10 | 10 ok
echo send(data, size + 1, -1, 'fast')                 # expect: 0 | 0 ok
echo send(file(data), 65535, 70000, 'fast')           # expect: 70000 | 70000 ok

# In fibers: each send_file parks while the slow reader's window is full.
var ticks = 0, sending = 2
var ticker = spawn(@{ while sending > 0 { sleep(5); ticks++ } })
def send_counting_ticks(offset, count) {
  var tls = connect()
  tls.send('${offset} ${count} slow\n')
  var before = ticks
  var n = tls.send_file(data, offset, count)
  var during = ticks - before
  sending--
  tls.shutdown()
  var answer = tls.read(-1)
  tls.close()
  return [n, answer, during > 10]
}
var first = spawn(send_counting_ticks, 0, -1)
var second = spawn(send_counting_ticks, 12345, 2000000)
echo first.join()                                     # expect: [3150049, '3150049 ok', true]
echo second.join()                                    # expect: [2000000, '2000000 ok', true]
ticker.join()

var tls = connect()
catch { tls.send_file(data, -5) } as e
echo '${e.type}: ${e.message}'
# expect: ValueError: TLSSocket.send_file(): offset must be 0 or more, got -5
catch { tls.send_file(dir) } as e
echo '${e.type}: ${e.message.replace(dir, "DIR")}'
# expect: OSError: TLSSocket.send_file(): cannot send DIR: it is a directory
catch { tls.send_file(nil) } as e
echo '${e.type}: ${e.message}'
# expect: TypeError: TLSSocket.send_file(): argument 1 (file) must be a File or a path string, got nil
tls.send('done 0 fast\n')
tls.close()
catch { tls.send_file(data) } as e
echo '${e.type}: ${e.message}'
# expect: TLSException: TLSSocket.send_file(): the TLS socket is closed
echo os.wait(server)                                  # expect: 0
_certs.remove(dir)
