# A receive timeout in one fiber raises TimeoutError there while another
# fiber keeps working.
import socket { * }
var pair = socket_pair()
pair[0].receive_timeout = 50
var timed = spawn(@{
  catch { pair[0].receive() } as e
  return e.type
})
var counter = spawn(@{
  var n = 0
  iter var i = 0; i < 5; i++ { sleep(5); n++ }
  return n
})
echo timed.join()     # expect: TimeoutError
echo counter.join()   # expect: 5
pair[1].send('late')
echo pair[0].receive()  # expect: late
for s in pair s.close()
