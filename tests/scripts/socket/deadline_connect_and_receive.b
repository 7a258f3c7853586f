# One deadline over connecting and every later operation: create_connection's
# deadline option, Socket.set_deadline() and time_left; a passed deadline
# raises TimeoutError saying so, and the socket stays usable.
import socket { * }
var server = create_server(0, '127.0.0.1', 0)
var first = create_connection('127.0.0.1', server.port, 2000)   # fills the queue

# The deadline passes while connecting (the server drops the SYNs).
var start = microtime()
catch { create_connection('127.0.0.1', server.port, 5000, {deadline: 300}) } as e
var elapsed = (microtime() - start) / 1000
echo e.type                               # expect: TimeoutError
echo e.errno                              # expect: 110
echo e.message == 'socket.create_connection(): connect to 127.0.0.1:${server.port}: the deadline passed (1 attempt: 127.0.0.1:${server.port} timed out after ${e.attempts[0]["elapsed"]} ms)'   # expect: true
echo elapsed >= 250 and elapsed < 1500    # expect: true

# Socket.connect() honours the socket's deadline too.
var s = Socket()
s.set_deadline(200)
start = microtime()
catch { s.connect('127.0.0.1', server.port, 5000) } as e
echo e.message == 'Socket.connect(): connect to 127.0.0.1:${server.port}: the deadline passed'   # expect: true
echo (microtime() - start) / 1000 < 1500  # expect: true
s.close()

# After connecting, the same deadline bounds a receive.
var peer = server.accept()
# A deadline of 0 is none, as for set_deadline().
var unbounded = create_connection('127.0.0.1', server.port, 2000, {deadline: 0})
echo unbounded.time_left                  # expect: nil
unbounded.close()
server.accept().close()
var client = create_connection('127.0.0.1', server.port, 2000, {deadline: 400})
echo client.time_left > 0 and client.time_left <= 400   # expect: true
var accepted = server.accept()
start = microtime()
catch { client.receive() } as e
elapsed = (microtime() - start) / 1000
echo e.type                               # expect: TimeoutError
echo e.message                            # expect: Socket.receive(): receive: the deadline passed
echo elapsed >= 200 and elapsed < 1500    # expect: true
echo client.time_left                     # expect: 0
echo client.is_connected                  # expect: true

# The earlier limit wins: a receive timeout shorter than the deadline.
client.set_deadline(10000)
client.receive_timeout = 100
catch { client.receive() } as e
echo e.message                            # expect: Socket.receive(): receive: timed out
# Cleared, the socket works as before.
client.set_deadline(nil)
echo client.time_left                     # expect: nil
accepted.send('hi')
client.receive_timeout = 2000
echo client.receive()                     # expect: hi
catch { client.set_deadline(-1) } as e
echo e.type                               # expect: ValueError
client.close()
accepted.close()
peer.close()
first.close()
server.close()
