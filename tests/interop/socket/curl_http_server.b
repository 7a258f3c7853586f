# curl fetches from a tiny HTTP/1.1 server written in Sabre: a GET and a POST over one kept-alive connection.
import socket { * }
import os

var server = create_server(0, '127.0.0.1')
server.receive_timeout = 5000
var base = 'http://127.0.0.1:${server.port}'
var out = '/tmp/sabre_interop_${os.getpid()}_curl'

# curl's verdict is its exit status; -f fails on any status other than 2xx.
var pid = os.fork()
if pid == 0 os.exec(['curl', '-sSf', '--max-time', '5', '-o', out + '.get', base + '/hello',
                     '--next', '-sSf', '--max-time', '5', '-o', out + '.post', '--data-binary', 'ping=pong', base + '/echo'])

var conn = server.accept()
conn.receive_timeout = 5000
var buffer = ''
# Reads one request: {method, path, headers, body}, or nil at the end of the stream.
def read_request() {
  while buffer.index_of('\r\n\r\n') < 0 {
    var chunk = conn.receive()
    if chunk == '' return nil
    buffer += chunk
  }
  var end = buffer.index_of('\r\n\r\n')
  var lines = buffer[0, end].split('\r\n')
  buffer = buffer[end + 4, buffer.length()]
  var first = lines[0].split(' ')
  var headers = {}
  for line in lines[1, lines.length()] {
    var colon = line.index_of(':')
    headers[line[0, colon].lower()] = line[colon + 1, line.length()].trim()
  }
  var length = to_number(headers.get('content-length', '0'))
  while buffer.length() < length {
    var chunk = conn.receive()
    if chunk == '' return nil
    buffer += chunk
  }
  var body = buffer[0, length]
  buffer = buffer[length, buffer.length()]
  return {method: first[0], path: first[1], version: first[2], headers: headers, body: body}
}
def respond(status, body) {
  conn.send('HTTP/1.1 ${status}\r\nContent-Type: text/plain\r\nContent-Length: ${body.length()}\r\n\r\n${body}')
}

var requests = 0
while true {
  var r = read_request()
  if r == nil break
  requests++
  echo '${r['method']} ${r['path']} ${r['version']} host=${r['headers']['host'] == "127.0.0.1:" + to_string(server.port)}'
  if r['path'] == '/hello' respond('200 OK', 'Hello from Sabre\n')
  else if r['path'] == '/echo' respond('200 OK', 'you posted ' + r['body'] + '\n')
  else respond('404 Not Found', 'no\n')
}
# expect: GET /hello HTTP/1.1 host=true
# expect: POST /echo HTTP/1.1 host=true
echo requests                               # expect: 2
conn.close()
server.close()
echo os.wait(pid)                           # expect: 0
echo file(out + '.get').read()              # expect: Hello from Sabre
# expect: 
echo file(out + '.post').read().trim()      # expect: you posted ping=pong
file(out + '.get').delete()
file(out + '.post').delete()
