# examples/unix_server.b and examples/unix_client.b (Pike's UNIX domain socket recipes) talk over a path under /tmp; socat is the server's second client; the server removes a stale socket file first and its own on exit.
import os
import ._peers

var path = _peers.tmp('unix.sock')
_peers.write(path, 'a stale file where the socket goes')
var out = _peers.tmp('unix_server.out')
var server = _peers.start('unix_server', [path, 2], out)

# The client retries while the server starts (it exits 1 when it cannot connect).
var r = [1, '']
iter var i = 0; i < 250 and r[0] != 0; i++ {
  r = _peers.run('unix_client', [path])
  if r[0] != 0 os.sleep(0.02)
}
echo r[0]                                      # expect: 0
echo r[1].trim()                               # expect: Server response: Acknowledged
var reply = _peers.tmp('socat.out')
echo _peers.sh('echo from socat | timeout 5 socat - UNIX-CONNECT:${path} >${reply}')   # expect: 0
echo _peers.take(reply).trim()                 # expect: Acknowledged
echo os.wait(server)                           # expect: 0
echo file(path).exists()                       # expect: false
var log = _peers.take(out).split('\n')
echo log[0] == 'UNIX domain socket server listening on ${path}'   # expect: true
echo log[1]                                    # expect: Received: Hello via UNIX socket!
echo log[2]                                    # expect: Received: from socat

# Without a server, the client says why and exits 1.
r = _peers.run('unix_client', [path])
echo r[0]                                      # expect: 1
echo r[1].trim() == "Couldn't connect to ${path}: Socket.connect(): connect to ${path}: No such file or directory"   # expect: true
