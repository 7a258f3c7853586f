# A native spawned runs in the new fiber as a script function does: it
# does not run at spawn, it may park there, and a callback it makes
# returns to it (the result stays whole).
import socket { * }
var slept = spawn(sleep, 20)
echo 'spawned'                                   # expect: spawned
echo slept.is_done()                             # expect: false
echo slept.join()                                # expect: nil
var printer = spawn(print, 'from the fiber\n')
echo 'before it'                                 # expect: before it
printer.join()                                   # expect: from the fiber
echo spawn([1, 2, 3].map, @(x) { return x + 1 }).join()     # expect: [2, 3, 4]
echo spawn([1, 2, 3].filter, @(x) { return x > 1 }).join()  # expect: [2, 3]
echo spawn([1, 2, 3].reduce, @(a, x) { return a + x }, 0).join() # expect: 6
var failed = spawn(sleep, -1)
catch { failed.join() } as e
echo e.type                                      # expect: ValueError
# accept() in its own fiber parks it while the main fiber connects (at
# spawn it blocked the process until its timeout)
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
server.receive_timeout = 5000
var acceptor = spawn(server.accept)
echo 'connecting'                                # expect: connecting
var client = Socket()
client.connect('127.0.0.1', server.port, 2000)
var conn = acceptor.join()
echo typeof(conn)                                # expect: Socket
conn.close()
client.close()
server.close()
# expect error: Unhandled ValueError: sleep(): milliseconds must be between 0 and 1000000000000, got -1
# expect exit: 0
