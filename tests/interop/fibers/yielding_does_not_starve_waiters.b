# A fiber that keeps calling yield() leaves the run queue never empty; the scheduler still looks at epoll and the timers every so many switches, so fibers waiting for a socket or a sleep wake up meanwhile.
import socket { * }

var server = create_server(0, '127.0.0.1')
server.receive_timeout = 5000
var got = nil, slept = false
var reader = spawn(@{
  var conn = server.accept()
  got = conn.receive()
  conn.close()
})
var sleeper = spawn(@{
  sleep(20)
  slept = true
})
yield()                             # the reader now waits in accept
var client = create_connection('127.0.0.1', server.port, 5000)
client.send('hello')
var spins = 0, start = microtime()
while (got == nil or !slept) and spins < 1000000 {
  yield()
  spins++
}
echo got                            # expect: hello
echo slept                          # expect: true
echo spins < 1000000                # expect: true
echo (microtime() - start) / 1000 < 2000   # expect: true
reader.join()
sleeper.join()
client.close()
server.close()
