# send() of a File sends the file's content.
import socket { * }
import os
var path = '/tmp/sabre_send_file_${os.getpid()}.txt'
var f = file(path, 'w')
f.write('line one\nline two\n')
f.close()
var pair = socket_pair()
pair[1].receive_timeout = 2000
echo pair[0].send(file(path))   # expect: 18
echo pair[1].read(18) == 'line one\nline two\n'  # expect: true
file(path).delete()
echo file(path).exists()        # expect: false
catch { pair[0].send(12) } as e
echo e.type                     # expect: TypeError
catch { pair[0].send(-1) } as e
echo e.type                     # expect: TypeError
catch { pair[0].send(nil) } as e
echo e.type                     # expect: TypeError
pair[0].close()
pair[1].close()
