# With SABRE_WARN_UNCLOSED set, a socket the collector closes prints one
# warning naming the line that made it; a closed one prints nothing.
import os
import socket { * }
var out = '/tmp/sabre_warn_${os.getpid()}'
var script = '/tmp/sabre_warn_${os.getpid()}.b'
var f = file(script, 'w')
f.write('import socket { Socket }\ndef leak() { Socket() }\nleak()\nvar kept = Socket()\nkept.close()\n')
f.close()
var pid = os.fork()
if pid == 0 {
  var sabre = os.env('SABRE_BIN') or 'build/sabre'   # the binary under test
  os.exec(['sh', '-c', 'SABRE_WARN_UNCLOSED=1 ' + sabre + ' ' + script + ' 2> ' + out])
}
echo os.wait(pid)                 # expect: 0
var text = file(out).read()
echo text.count('was never closed')           # expect: 1
echo text.contains('the Socket created at')   # expect: true
echo text.contains('created at ${script}:2')  # expect: true
file(out).delete()
file(script).delete()
