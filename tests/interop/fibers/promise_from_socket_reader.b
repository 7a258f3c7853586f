# A Promise resolved by a fiber that reads from a socket: waiting on its Future parks the waiter until the line is complete (a short wait times out meanwhile), callbacks run once it arrives, several fibers can wait on one Future, and a reader that meets the end of the stream too early rejects its Promise instead.
import socket { * }
import concurrent { Promise }

# Reads from sock up to the first newline, resolves promise with the line
# and returns what was read past it; rejects the promise when the stream
# ends before a newline.
def read_line_into(sock, promise) {
  var buffer = ''
  while buffer.index_of('\n') < 0 {
    var chunk = sock.receive()
    if chunk == '' {
      promise.reject(ConnectionReset('the stream ended after ${buffer.length()} bytes, without a newline'))
      return
    }
    buffer += chunk
  }
  var end = buffer.index_of('\n')
  promise.resolve(buffer[0, end])
  return buffer[end + 1, buffer.length()]
}

var server = create_server(0, '127.0.0.1')
var client = create_connection('127.0.0.1', server.port, 2000)
var conn = server.accept()
client.receive_timeout = 2000

var line = Promise()
line.future.on_success(@(v) { echo 'callback: ' + v })
var reader = spawn(read_line_into, client, line)
# Two more fibers wait on the same Future.
var watchers = [1, 2].map(@(n) { return spawn(@{ return 'watcher ${n}: ' + line.future.wait(2000) }) })

conn.send('first half, ')
catch { line.future.wait(30) } as early
echo early.message       # expect: Future.wait(): not settled within 30 ms
echo line.future.is_done()   # expect: false
conn.send('second half\nand what follows')
echo line.future.wait(2000)  # expect: callback: first half, second half
# expect: first half, second half
for w in watchers echo w.join()
# expect: watcher 1: first half, second half
# expect: watcher 2: first half, second half
echo reader.join()           # expect: and what follows

# Rejection: the peer closes in the middle of a line.
var truncated = Promise()
truncated.future.on_failure(@(err) { echo 'failure callback: ' + err.type })
spawn(read_line_into, client, truncated)
conn.send('no newline here')
sleep(10)
conn.close()
catch { truncated.future.wait(2000) } as e
# expect: failure callback: ConnectionReset
echo e.type + ': ' + e.message  # expect: ConnectionReset: the stream ended after 15 bytes, without a newline
client.close()
server.close()
