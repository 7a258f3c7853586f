# Sending to a python3 peer that has closed ends in ConnectionReset, never in a SIGPIPE, and leaves the signal settings alone.
def signal_masks() {
  var masks = []
  for line in file('/proc/self/status').read().split('\n') {
    if line.starts_with('SigIgn:') or line.starts_with('SigCgt:') masks.append(line)
  }
  return masks
}
var masks_before = signal_masks()

import socket { * }
import os

# The check means something only if SIGPIPE is at its default (deadly) action. If this process
# inherited it ignored, run the script again in a child with the default restored
# (env --default-signal), through /proc/<this pid>/exe, and pass on its exit status.
var sigign = masks_before[0].split('\t')[1].trim()
var pipe_ignored = to_number('0x' + sigign[sigign.length() - 4, sigign.length() - 3]) % 2 == 1
if pipe_ignored {
  var me = os.getpid()
  var again = os.fork()
  if again == 0 os.exec(['env', '--default-signal=PIPE', '/proc/${me}/exe', os.args[0]])
  os.exit(os.wait(again))
}

var server = create_server(0, '127.0.0.1')
server.receive_timeout = 5000
var client_code = '
import socket, sys, signal
signal.alarm(10)
c = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=5)
c.close()
'
var pid = os.fork()
if pid == 0 os.exec(['python3', '-c', client_code, to_string(server.port)])
var conn = server.accept()
echo os.wait(pid)                            # expect: 0
conn.send_timeout = 5000

var chunk = 'x' * 4096, sends = 0, error = nil
while error == nil and sends < 1000 {
  try {
    conn.send(chunk)
    sends++
  } catch ConnectionReset e {
    error = e
  }
}
echo error == nil ? 'no error after ${sends} sends' : error.type   # expect: ConnectionReset
echo error.errno == 32 or error.errno == 104                      # expect: true
echo sends < 1000                                                 # expect: true
# Still alive, and again: every later send raises too.
catch { conn.send('more') } as again
echo again.type                                                   # expect: ConnectionReset
echo 'still running'                                              # expect: still running
echo signal_masks() == masks_before                               # expect: true
conn.close()
server.close()
