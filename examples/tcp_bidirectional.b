# TCP conversation (Pike's "Send and receive data"): a question answered by whatever arrives, then buffered line reads (Pike's Stdio.FILE gets) until the server closes. Run: build/sabre examples/tcp_bidirectional.b [HOST] [PORT]
import socket { Socket, SocketException }
import os

var host = os.args.length() > 1 ? os.args[1] : '127.0.0.1'
var port = os.args.length() > 2 ? to_number(os.args[2]) : 8080

# Reads a socket line by line: keeps what arrived past the last newline for
# the next call, however the sender cut its data into packets.
class LineReader {
  var sock
  var buffer = ''

  LineReader(sock) {
    self.sock = sock
  }

  # The next line without its newline; the unfinished last line when the
  # stream ends; nil after that.
  gets() {
    var end = self.buffer.index_of('\n')
    while end < 0 {
      var chunk = self.sock.receive()
      if chunk == '' {
        var rest = self.buffer
        self.buffer = ''
        return rest ? rest : nil
      }
      self.buffer += chunk
      end = self.buffer.index_of('\n')
    }
    var line = self.buffer[0, end]
    self.buffer = self.buffer[end + 1, self.buffer.length()]
    return line
  }
}

var sock = Socket()
try {
  sock.connect(host, port, 10000)
} catch SocketException e {
  echo 'Connection failed: ${e.message}'
  os.exit(1)
}
sock.receive_timeout = 10000

# Send data, then read the response: up to 1 KB, whatever has arrived.
sock.send('What is your name?\n')
var response = sock.receive(1024)
echo 'Response: ${response.trim()}'

# Buffered reads: one line at a time, until the server closes.
sock.send('What is your quest?\n')
var reader = LineReader(sock)
var line = reader.gets()
while line != nil {
  echo 'Line: ${line}'
  line = reader.gets()
}

sock.close()
