# listen(queue_length): -1 and no argument mean SOMAXCONN, 0 is allowed,
# a huge value is clamped by the system rather than refused; a value below
# -1 is a ValueError.
import socket { * }
var a = Socket()
a.bind(0, '127.0.0.1')
echo a.listen(-1)               # expect: true
var b = Socket()
b.bind(0, '127.0.0.1')
echo b.listen(0)                # expect: true
var c = Socket()
c.bind(0, '127.0.0.1')
echo c.listen(100000)           # expect: true
var d = Socket()
d.bind(0, '127.0.0.1')
catch { d.listen(-2) } as e
echo e.type                     # expect: ValueError
catch { d.listen('many') } as e
echo e.type                     # expect: TypeError
echo d.is_listening             # expect: false
# a clamped backlog still queues several clients
c.receive_timeout = 2000
var clients = []
iter var i = 0; i < 5; i++ {
  var s = Socket()
  s.connect('127.0.0.1', c.port, 2000)
  clients.append(s)
}
var accepted = 0
iter var i = 0; i < 5; i++ {
  c.accept().close()
  accepted++
}
echo accepted                   # expect: 5
for s in clients {
  s.close()
}
a.close()
b.close()
c.close()
d.close()
