# create_connection() to a closed port raises ConnectionRefused naming the
# address and how many addresses it tried.
import socket { * }
var probe = Socket()
probe.bind(0, '127.0.0.1')
var port = probe.port
probe.close()
catch { create_connection('127.0.0.1', port, 2000) } as e
echo e.type                     # expect: ConnectionRefused
echo e.errno                    # expect: 111
echo e.message == 'socket.create_connection(): connect to 127.0.0.1:${port} (1 address tried): Connection refused'  # expect: true
catch { create_connection('127.0.0.1', 70000) } as e
echo e.type                     # expect: ValueError
catch { create_connection(1, 80) } as e
echo e.type                     # expect: TypeError
