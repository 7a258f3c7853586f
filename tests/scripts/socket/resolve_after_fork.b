# A name resolved in a fiber of a child made by fork: the child has none of
# its parent's resolver threads, and its lookups are still answered.
import socket { * }
import os
var server = create_server(0, '127.0.0.1')
def connect_by_name() {
  return spawn(@() {
    var c = create_connection('localhost', server.port, 2000)
    c.close()
    return true
  }).join()
}
echo connect_by_name()   # expect: true
sleep(100)               # the worker that answered is idle when the process forks
var pid = os.fork()
if pid == 0 {
  var ok = false
  catch { ok = connect_by_name() } as e
  os.exit(ok ? 0 : 3)
}
echo os.wait(pid)        # expect: 0
server.close()
