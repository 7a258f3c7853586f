# Every call that makes a socket still succeeds when the descriptor table is full of dropped sockets: it collects them and retries.
import socket { * }
import os

var server = create_server(0, '127.0.0.1')
server.receive_timeout = 5000
var link = socket_pair()
link[0].receive_timeout = 5000
var to_pass = Socket()
os.set_limit(os.RLIMIT_NOFILE, 128)

# Fills the descriptor table with sockets (Socket() raises once nothing is left, the collector
# having nothing to free), closes `room` of them, and returns: the rest become garbage, still open.
def fill(room) {
  var held = []
  iter var i = 0; i < 200; i++ {
    catch { held.append(Socket()) } as e
    if e != nil break
  }
  iter var i = 0; i < room; i++ { held.pop().close() }
}
def attempt(name, fn) {
  catch { fn() } as e
  echo '${name}: ${e == nil ? "ok" : e.type + ": " + e.message}'
}

fill(0)
attempt('Socket()', @{ Socket() })                                   # expect: Socket(): ok
fill(1)
attempt('socket_pair()', @{ socket_pair() })                         # expect: socket_pair(): ok
fill(0)
attempt('create_server()', @{ create_server(0, '127.0.0.1') })       # expect: create_server(): ok
fill(0)
attempt('create_connection()', @{ create_connection('127.0.0.1', server.port, 5000) })  # expect: create_connection(): ok
# Accepting needs a descriptor for the new connection (the client socket is made before filling).
var client = Socket()
client.connect('127.0.0.1', server.port, 5000)
fill(0)
attempt('accept()', @{ server.accept() })                            # expect: accept(): ok
# A passed socket needs a descriptor in the receiving process.
link[1].send_socket(to_pass)
fill(0)
attempt('receive_socket()', @{ link[0].receive_socket() })           # expect: receive_socket(): ok
# The collector warns for each socket it had to close (the runner sets
# SABRE_WARN_UNCLOSED).
# expect error: was never closed; the collector closed it
# expect exit: 0
