# Closing a socket another fiber waits on wakes that fiber with an error.
import socket { * }
var pair = socket_pair()
var waiter = spawn(@{
  catch { pair[1].receive() } as e
  return e.message
})
sleep(20)
pair[1].close()
echo waiter.join()   # expect: Socket.receive(): the socket is closed
pair[0].close()
