# receive_into(buffer, length) fills a bytes buffer from its start and
# returns the count, 0 at the end of the stream; bytes buffered by
# read_line come first; a timeout raises and leaves the buffer usable;
# a fiber waiting in it lets others run.
import socket { * }

var pair = socket_pair()
var buffer = bytes(8)
pair[0].send('hello')
echo pair[1].receive_into(buffer)              # expect: 5
echo buffer[0, 5].to_string()                  # expect: hello
pair[0].send('abcdefghijk')
echo pair[1].receive_into(buffer, 3)           # expect: 3
echo buffer[0, 3].to_string()                  # expect: abc
echo pair[1].receive_into(buffer)              # expect: 8
echo buffer.to_string()                        # expect: defghijk
echo pair[1].receive_into(buffer, 0)           # expect: 0

# Buffered bytes of read_line are returned first.
pair[0].send('line\nrest')
echo pair[1].read_line() == 'line\n'             # expect: true
echo pair[1].receive_into(buffer)              # expect: 4
echo buffer[0, 4].to_string()                  # expect: rest

# MSG_PEEK leaves the bytes for the next call.
pair[0].send('peek')
echo pair[1].receive_into(buffer, 4, MSG_PEEK)  # expect: 4
echo pair[1].receive(10)                        # expect: peek

# A timeout raises TimeoutError; the socket stays usable.
pair[1].receive_timeout = 30
catch { pair[1].receive_into(buffer) } as e
echo e.type                                    # expect: TimeoutError
echo e.operation                               # expect: recv

# Argument errors.
catch { pair[1].receive_into(buffer, 9) } as e
echo e.message                                 # expect: Socket.receive_into(): length must be between -1 and 8, got 9
catch { pair[1].receive_into('text') } as e
echo e.message                                 # expect: Socket.receive_into(): argument 1 (buffer) must be bytes, got string

# In a fiber: the waiting reader lets another fiber run.
var ticks = 0
var reader = spawn(@{
  pair[1].receive_timeout = 2000
  return pair[1].receive_into(buffer)
})
var ticker = spawn(@{
  iter var i = 0; i < 3; i++ {
    ticks++
    sleep(5)
  }
  pair[0].send('late')
})
echo reader.join()                             # expect: 4
ticker.join()
echo ticks                                     # expect: 3

pair[0].close()
echo pair[1].receive_into(buffer)              # expect: 0
pair[1].close()
catch { pair[1].receive_into(buffer) } as e
echo e.errno == 9                              # expect: true
