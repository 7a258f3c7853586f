# Socket.send_file() sends a 3 MiB file of random bytes, whole and in offset/count ranges, from a File or a path, to python3 clients over TCP (with a send timeout, so it waits in poll) and over a UNIX socket (without one, so it blocks in the kernel); python3 compares every byte with the file. Also the errors: a closed peer (no SIGPIPE), a timeout with .bytes_sent, bad arguments and files.
import socket { * }
import os

var data = '/tmp/sabre_send_file_${os.getpid()}.bin'
var unix_path = '/tmp/sabre_send_file_${os.getpid()}.sock'
var size = 3 * 1048576 + 4321

def run(argv) {
  var pid = os.fork()
  if pid == 0 os.exec(argv)
  return os.wait(pid)
}
echo run(['python3', '-c', 'import os, sys; open(sys.argv[1], "wb").write(os.urandom(int(sys.argv[2])))', data, to_string(size)])  # expect: 0

# The client connects once per range: it reads the line "OFFSET COUNT", then the bytes to the
# end of the stream, and answers "<bytes received> ok" when they are the file's bytes in
# that range (count -1: to the end), "... bad" otherwise. The line "done" ends it.
var client_code = '
import socket, sys, signal
signal.alarm(40)
family, address, path = sys.argv[1], sys.argv[2], sys.argv[3]
data = open(path, "rb").read()
while True:
    if family == "unix":
        s = socket.socket(socket.AF_UNIX)
        s.settimeout(20)
        s.connect(address)
    else:
        s = socket.create_connection(("127.0.0.1", int(address)), timeout=20)
    f = s.makefile("rb")
    header = f.readline().split()
    if header == [b"done"]:
        break
    offset, count = int(header[0]), int(header[1])
    got = f.read()
    want = data[offset:] if count < 0 else data[offset:offset + count]
    s.sendall(b"%d %s" % (len(got), b"ok" if got == want else b"bad"))
    s.close()
'

# Sends the range to the next client connection and returns "<send_file's result> | <the
# client's answer>".
def serve(server, source, offset, count, timeout) {
  var conn = server.accept()
  conn.send_timeout = timeout
  conn.receive_timeout = 20000
  conn.send('${offset} ${count}\n')
  var n = conn.send_file(source, offset, count)
  conn.shutdown(SHUT_WR)
  var answer = conn.read(-1)
  conn.close()
  return '${n} | ${answer}'
}

def finish(server, client) {
  var conn = server.accept()
  conn.send('done\n')
  conn.close()
  server.close()
  return os.wait(client)
}

var tcp = create_server(0, '127.0.0.1')
tcp.receive_timeout = 20000
var client = os.fork()
if client == 0 os.exec(['python3', '-c', client_code, 'tcp', to_string(tcp.port), data])
echo serve(tcp, data, 0, -1, 20000)                  # expect: 3150049 | 3150049 ok
echo serve(tcp, data, 1000, 2000000, 20000)          # expect: 2000000 | 2000000 ok
echo serve(tcp, data, size - 10, -1, 20000)          # expect: 10 | 10 ok
# A count past the end stops at the end; an offset past the end sends nothing.
echo serve(tcp, data, size - 10, 100, 20000)         # expect: 10 | 10 ok
echo serve(tcp, data, size + 5, -1, 20000)           # expect: 0 | 0 ok
echo serve(tcp, data, 0, 0, 20000)                   # expect: 0 | 0 ok
# A File: its own read position is neither used nor moved.
var f = file(data, 'rb')
var head = f.read(100)
echo serve(tcp, f, 12345, 1048576, 20000)            # expect: 1048576 | 1048576 ok
echo head + f.read(100) == file(data, 'rb').read(200)  # expect: true
f.close()
echo finish(tcp, client)                             # expect: 0

var unix = Socket(AF_UNIX, SOCK_STREAM)
unix.bind(unix_path)
unix.listen()
unix.receive_timeout = 20000
client = os.fork()
if client == 0 os.exec(['python3', '-c', client_code, 'unix', unix_path, data])
echo serve(unix, data, 0, -1, 0)                     # expect: 3150049 | 3150049 ok
echo serve(unix, file(data), 777, 1500000, 0)        # expect: 1500000 | 1500000 ok
echo finish(unix, client)                            # expect: 0
file(unix_path).delete()

# bytes_sent counts what send_file sent.
var pair = socket_pair()
pair[1].receive_timeout = 5000
echo pair[0].send_file(data, 5, 100)                 # expect: 100
echo pair[1].read(100).length() > 0                  # expect: true
echo open_sockets().filter(@(s) { return s['bytes_sent'] == 100 }).length()  # expect: 1

# A peer that has gone: ConnectionReset, not SIGPIPE.
pair[1].close()
catch { pair[0].send_file(data) } as e
echo [e.type, e.bytes_sent, e.message.replace(data, 'DATA')]
# expect: ['ConnectionReset', 0, 'Socket.send_file(): send DATA after 0 of 3150049 bytes: Broken pipe']
pair[0].close()

# A peer that does not read: TimeoutError after send_timeout, with what went out.
pair = socket_pair()
pair[0].send_timeout = 200
catch { pair[0].send_file(data) } as e
echo [e.type, e.bytes_sent > 0, e.bytes_sent < size]  # expect: ['TimeoutError', true, true]
pair[0].close()
pair[1].close()

# Errors in the arguments and the file.
var dir = '/tmp/sabre_send_file_${os.getpid()}.dir'
echo run(['mkdir', dir])                             # expect: 0
def attempt(s, argv) {
  catch { s.send_file(argv[0], argv[1], argv[2]) } as e
  return e ? '${e.type}: ${e.message.replace(data, "DATA").replace(dir, "DIR")}' : 'sent'
}
pair = socket_pair()
echo attempt(pair[0], [data, -1, -1])
# expect: ValueError: Socket.send_file(): offset must be 0 or more, got -1
echo attempt(pair[0], [data, 0, -2])
# expect: ValueError: Socket.send_file(): count must be -1 (to the end of the file) or more, got -2
echo attempt(pair[0], [data, 1.5, -1])
# expect: ValueError: Socket.send_file(): argument 2 (offset) must be an integer, got 1.5
echo attempt(pair[0], [42, 0, -1])
# expect: TypeError: Socket.send_file(): argument 1 (file) must be a File or a path string, got number
echo attempt(pair[0], [dir, 0, -1])
# expect: OSError: Socket.send_file(): cannot send DIR: it is a directory
echo attempt(pair[0], [dir + '/missing', 0, -1])
# expect: OSError: Socket.send_file(): cannot send DIR/missing: No such file or directory
echo attempt(pair[0], ['/dev/null', 0, -1])
# expect: OSError: Socket.send_file(): cannot send /dev/null: it is not a regular file
echo attempt(pair[0], [file(data, 'a'), 0, -1])
# expect: OSError: Socket.send_file(): cannot send DATA: it is not open for reading
var closed = file(data)
closed.close()
echo attempt(pair[0], [closed, 0, -1]).starts_with('ValueError: Socket.send_file(): the file ')  # expect: true
var unconnected = Socket()
echo attempt(unconnected, [data, 0, -1])
unconnected.close()
# expect: SocketException: Socket.send_file(): the socket is not connected: Transport endpoint is not connected
pair[0].close()
echo attempt(pair[0], [data, 0, -1])
# expect: SocketException: Socket.send_file(): the socket is closed
var datagram = Socket(AF_INET, SOCK_DGRAM)
echo attempt(datagram, [data, 0, -1])
datagram.close()
# expect: SocketException: Socket.send_file(): send_file needs a stream socket (SOCK_STREAM): Operation not supported
pair[1].close()
echo run(['rm', '-rf', dir, data])                   # expect: 0
