# When every address refuses, create_connection() raises one ConnectError
# that lists each attempt in its message and in .attempts.
import socket { * }
var hold4 = Socket(), hold6 = Socket(AF_INET6)
hold4.bind(0, '127.0.0.1')
var port = hold4.port
hold6.bind(port, '::1')                   # bound, not listening: refused

catch { create_connection(['::1', '127.0.0.1'], port, 2000) } as e
echo e.type                               # expect: ConnectError
echo instance_of(e, SocketException)      # expect: true
echo e.errno                              # expect: 111
echo e.attempts.length()                  # expect: 2
var a = e.attempts[0], b = e.attempts[1]
echo a['address'] == Address('::1', port)    # expect: true
echo a['family'] == AF_INET6              # expect: true
echo a['errno']                           # expect: 111
echo b['address'] == Address('127.0.0.1', port)  # expect: true
echo e.address == b['address']           # expect: true
echo e.operation                         # expect: connect
echo b['family'] == AF_INET               # expect: true
echo a['elapsed'] >= 0 and a['elapsed'] < 1000   # expect: true
echo e.message.starts_with('socket.create_connection(): connect to ::1, 127.0.0.1 port ${port}: every attempt failed (2 attempts: [::1]:${port} Connection refused after ')   # expect: true
echo e.message.index_of('127.0.0.1:${port} Connection refused after ') > 0   # expect: true

catch { create_connection('127.0.0.1', port, 2000) } as e
echo e.type                               # expect: ConnectError
echo e.attempts.length()                  # expect: 1
echo open_sockets().length()              # expect: 2
hold4.close()
hold6.close()
