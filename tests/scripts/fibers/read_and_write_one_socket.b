# One fiber may wait to read a socket while another waits to write to it:
# a reader parks on a connection while a writer fills the connection's
# buffers (the peer is not reading yet) and parks too; when the peer
# drains them and answers, both finish.
import socket { * }

var pair = socket_pair()
var near = pair[0], far = pair[1]
near.receive_timeout = 10000
near.send_timeout = 10000
far.receive_timeout = 10000
var block = 'w' * 1048576

var reader = spawn(@{ return near.read_line() })
var writer = spawn(@{ return near.send(block) })
sleep(100)
echo reader.is_done()                  # expect: false
echo writer.is_done()                  # expect: false
echo far.read_exact(1048576) == block  # expect: true
echo writer.join()                     # expect: 1048576
far.send('answer\n')
echo reader.join() == 'answer\n'       # expect: true

# Closing the socket wakes both a reader and a writer parked on it.
var r2 = spawn(@{
  catch { near.read_line() } as e
  return e.errno
})
var w2 = spawn(@{
  catch {
    while true near.send(block)
  } as e
  return e.errno
})
sleep(100)
near.close()
echo r2.join()                         # expect: 9
echo w2.join()                         # expect: 9
far.close()
