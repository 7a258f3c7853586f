# HTTP/1.1 server for bench/concurrency: a fiber per connection reads each
# request head (request line and headers up to the blank line, with
# read_until, as the Python server uses readuntil), parses it into the
# request line's parts and a dictionary of lowercased header names, and
# answers 200 with a 13-byte body, keeping the connection open for the next
# request unless the client asks to close it.
# Usage: sabre http_server.b PORT
import socket { * }
import os

catch { os.set_limit(os.RLIMIT_NOFILE, 1048576) } as ignored

var BODY = 'Hello, world\n'
var RESPONSE = 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: ${BODY.length()}\r\n\r\n${BODY}'

def serve(conn) {
  catch {
    while true {
      var head = conn.read_until('\r\n\r\n')
      if !head.ends_with('\r\n\r\n') break   # the client went away
      var lines = head[0, -4].split('\r\n')
      var request = lines[0].split(' ')
      var headers = {}
      for line in lines[1,] {
        var colon = line.index_of(':')
        if colon > 0 headers[line[0, colon].lower()] = line[colon + 1,].trim()
      }
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
