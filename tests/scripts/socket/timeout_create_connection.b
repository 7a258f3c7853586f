# create_connection()'s timeout bounds the whole attempt: against a
# listener whose queue is full it raises TimeoutError after about that long.
import socket { * }
var server = create_server(0, '127.0.0.1', 0)
var first = create_connection('127.0.0.1', server.port, 2000)
echo first.is_connected                     # expect: true
var start = microtime()
catch { create_connection('127.0.0.1', server.port, 200) } as e
var elapsed = (microtime() - start) / 1000
echo e ? e.type : 'connected'               # expect: TimeoutError
echo e.message == 'socket.create_connection(): connect to 127.0.0.1:${server.port}: timed out (1 attempt: 127.0.0.1:${server.port} timed out after ${e.attempts[0]["elapsed"]} ms)'  # expect: true
echo elapsed >= 190 and elapsed < 1500      # expect: true
first.close()
server.close()
