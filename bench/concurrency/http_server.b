# HTTP/1.1 server for bench/concurrency: a fiber per connection reads each
# request (request line, then headers up to the blank line) and answers
# 200 with a 13-byte body, keeping the connection open for the next one.
# Usage: sabre http_server.b PORT
import socket { * }
import os

catch { os.set_limit(os.RLIMIT_NOFILE, 1048576) } as ignored

var BODY = 'Hello, world\n'
var RESPONSE = 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: ${BODY.length()}\r\n\r\n${BODY}'

def serve(conn) {
  var buffer = ''
  catch {
    while true {
      var end = buffer.index_of('\r\n\r\n')
      if end < 0 {
        var chunk = conn.receive()
        if chunk == '' break
        buffer += chunk
        continue
      }
      # The request line and headers (a GET has no body here).
      var lines = buffer[0, end].split('\r\n')
      var request = lines[0].split(' ')
      var headers = {}
      for line in lines[1, lines.length()] {
        var colon = line.index_of(':')
        if colon > 0 headers[line[0, colon].lower()] = line[colon + 1, line.length()].trim()
      }
      buffer = buffer[end + 4, buffer.length()]
      conn.send(RESPONSE)
      if headers.get('connection', '') == 'close' or request[2] != 'HTTP/1.1' break
    }
  } as failed
  conn.close()
}

var server = Socket()
server.bind(to_number(os.args[1]), '127.0.0.1')
server.listen(SOMAXCONN)
while true {
  spawn(serve, server.accept())
}
