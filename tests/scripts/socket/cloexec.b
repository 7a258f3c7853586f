# Socket descriptors are close-on-exec: a program exec'd by a child does
# not inherit them.
import socket { * }
import os
var s = Socket()
s.bind(0, '127.0.0.1')
s.listen()
var pair = socket_pair()
var ids = '${s.id} ${pair[0].id} ${pair[1].id}'
var pid = os.fork()
if pid == 0 {
  catch {
    os.exec(['sh', '-c', 'for fd in ' + ids + '; do if [ -e /proc/$$/fd/$fd ]; then echo inherited; exit 1; fi; done; echo none inherited'])
  } as e
  os.exit(127)
}
# the child's line comes first: this script prints only after the wait
# expect: none inherited
echo os.wait(pid)               # expect: 0
s.close()
pair[0].close()
pair[1].close()
