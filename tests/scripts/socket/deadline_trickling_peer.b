# A deadline bounds a whole read against a peer that trickles: read_exact
# gets a byte every 40 ms, so every single wait is short, yet the read as
# a whole ends when the deadline passes, keeping what came in .partial;
# a send that the peer never drains ends at its deadline the same way.
import socket { * }
var pair = socket_pair()
var reader = pair[0], writer = pair[1]
var trickle = spawn(@{
  for i in 0..40 {
    catch { writer.send('x') } as gone
    if gone break
    sleep(40)
  }
})
reader.set_deadline(300)
var start = microtime()
catch { reader.read_exact(100) } as e
var elapsed = (microtime() - start) / 1000
echo e.type                                     # expect: TimeoutError
echo e.message == 'Socket.read_exact(): read ${e.partial.length()} bytes so far: the deadline passed'   # expect: true
echo elapsed >= 280 and elapsed < 1200          # expect: true
echo e.partial.length() >= 3 and e.partial.length() <= 10   # expect: true
echo e.partial == 'x' * e.partial.length()     # expect: true
reader.close()
trickle.join()
writer.close()

# Sending: nobody reads, so the buffers fill and the deadline ends it.
var quiet = socket_pair()
quiet[0].set_deadline(300)
start = microtime()
catch { quiet[0].send('y' * 20000000) } as e
elapsed = (microtime() - start) / 1000
echo e.type                                     # expect: TimeoutError
echo elapsed >= 280 and elapsed < 1200          # expect: true
quiet[0].close()
quiet[1].close()
