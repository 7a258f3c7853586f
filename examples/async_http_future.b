# An HTTP GET that runs in a fiber and delivers its result through a Future (Pike's "Async socket I/O with Concurrent.Future" recipe). Run: build/sabre examples/async_http_future.b [HOST] [PORT]
import socket { create_connection, SocketException }
import concurrent { Promise }
import os

var host = os.args.length() > 1 ? os.args[1] : 'example.com'
var port = os.args.length() > 2 ? to_number(os.args[2]) : 80

# Starts the request in a fiber of its own and returns at once with the
# Future of its response. While the fiber waits on the network, the others run.
def async_http_get(host, port) {
  var result = Promise()
  spawn(@{
    try {
      var sock = create_connection(host, port, 10000)
      sock.receive_timeout = 10000
      sock.send('GET / HTTP/1.0\r\nHost: ${host}\r\n\r\n')
      var response = ''
      while true {
        var chunk = sock.receive()
        if chunk == '' break
        response += chunk
      }
      sock.close()
      result.resolve(response)
    } catch SocketException e {
      result.reject(e)
    }
  })
  return result.future
}

# Use the future.
var f = async_http_get(host, port)

f.on_success(@(response) {
  echo 'Got response of ${bytes(response).length()} bytes'
})

f.on_failure(@(err) {
  echo 'Request failed: ${err.message}'
})

# Wait for completion: wait() returns the response, or raises what the request raised.
catch { f.wait() } as failure
os.exit(failure ? 1 : 0)
