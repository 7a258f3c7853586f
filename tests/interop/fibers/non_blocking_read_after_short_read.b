# With fibers about, a non-blocking receive right after bytes arrive returns them, even though the socket's last read came up short and the scheduler has not polled since.
import socket { * }

var ticker = spawn(@{ sleep(50) })
var server = create_server(0, '127.0.0.1')
var client = create_connection('127.0.0.1', server.port, 5000)
var conn = server.accept()
conn.set_blocking(false)
client.send('first')
sleep(20)                           # the scheduler polls; 'first' is there
echo conn.receive()                 # expect: first
catch { conn.receive() } as e       # nothing more: a non-blocking read says so
echo e.errno                         # expect: 11
client.send('second')               # on loopback the bytes are there when send returns
echo conn.receive()                 # expect: second
ticker.join()
for s in [client, conn, server] s.close()
