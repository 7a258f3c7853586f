# A File that send() cannot open or read raises what send_file() raises for the same
# file: an OSError with .errno whose message names the send and the file, instead of the
# File's own 'open PATH' or 'read PATH' text. send_file() of a File, and a TLSSocket's
# send_file(), say the same. A File read half-way still sends the rest.
import socket { * }
import ssl
import os
var base = '/tmp/sabre_send_errors_${os.getpid()}'
var pair = socket_pair()
pair[1].receive_timeout = 2000

def attempt(call) {
  catch { call() } as e
  if !e return 'sent'
  var text = '${e.type}: ${e.message.replace(base, "BASE")}'
  return e.type == 'OSError' ? text + ' [errno ${e.errno}]' : text
}

echo attempt(@{ pair[0].send(file(base + '_missing')) })
# expect: OSError: Socket.send(): cannot send BASE_missing: No such file or directory [errno 2]
echo attempt(@{ pair[0].send(file('/tmp')) })
# expect: OSError: Socket.send(): cannot send /tmp: it is a directory [errno 21]
var written = file(base + '_written', 'w')
echo attempt(@{ pair[0].send(written) })
# expect: OSError: Socket.send(): cannot send BASE_written: it is not open for reading [errno 9]
written.close()
echo attempt(@{ pair[0].send(written) })
# expect: ValueError: Socket.send(): the file BASE_written is closed
echo attempt(@{ pair[0].send_to(file(base + '_missing'), nil) })
# expect: OSError: Socket.send_to(): cannot send BASE_missing: No such file or directory [errno 2]
echo attempt(@{ pair[0].send_file(file(base + '_missing')) })
# expect: OSError: Socket.send_file(): cannot send BASE_missing: No such file or directory [errno 2]
echo attempt(@{ pair[0].send_file(file('/tmp')) })
# expect: OSError: Socket.send_file(): cannot send /tmp: it is a directory [errno 21]
var other = socket_pair()
var tls = ssl.TLSContext().wrap(other[0], 'localhost')
echo attempt(@{ tls.send_file(file(base + '_missing')) })
# expect: OSError: TLSSocket.send_file(): cannot send BASE_missing: No such file or directory [errno 2]
tls.close()
other[1].close()

pair[0].send('nothing before this')
echo pair[1].receive()                 # expect: nothing before this
written = file(base + '_written', 'w')
written.write('first,rest')
written.close()
var half = file(base + '_written')
echo half.read(6)                      # expect: first,
echo pair[0].send(half)                # expect: 4
echo pair[1].receive()                 # expect: rest
half.delete()
pair[0].close()
pair[1].close()
