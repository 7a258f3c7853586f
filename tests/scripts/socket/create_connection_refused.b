# create_connection() to a closed port raises ConnectError naming the
# address and each attempt with its cause and duration.
import socket { * }
var probe = Socket()
probe.bind(0, '127.0.0.1')
var port = probe.port
probe.close()
catch { create_connection('127.0.0.1', port, 2000) } as e
echo e.type                     # expect: ConnectError
echo e.errno                    # expect: 111
echo e.message == 'socket.create_connection(): connect to 127.0.0.1:${port}: every attempt failed (1 attempt: 127.0.0.1:${port} Connection refused after ${e.attempts[0]["elapsed"]} ms)'  # expect: true
catch { create_connection('127.0.0.1', 70000) } as e
echo e.type                     # expect: ValueError
catch { create_connection(1, 80) } as e
echo e.type                     # expect: TypeError
