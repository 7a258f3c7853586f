# Happy Eyeballs inside fibers: several fibers race ::1 (stalled) against
# 127.0.0.1 at once while a ticker fiber keeps ticking; each wins on IPv4
# after about 250 ms (the ticker, blocked, would not tick at all; on a busy
# host it ticks late, so a few ticks are enough), and no descriptor is left behind.
import socket { * }
import os

def open_fds() { return os.list_dir('/proc/self/fd').length() }

var v4 = Socket()
v4.bind(0, '127.0.0.1')
v4.listen()
var port = v4.port
var v6 = Socket(AF_INET6)
v6.bind(port, '::1')
v6.listen(0)
var filler = create_connection('::1', port, 2000)
# A first wait on a descriptor in a fiber makes the scheduler's epoll descriptor.
var pair = socket_pair()
pair[0].receive_timeout = 10
spawn(@() { catch { pair[0].receive() } as e }).join()
var before = open_fds()

var ticks = 0, done = false
var ticker = spawn(@() { while !done { sleep(20); ticks++ } })
var racers = []
iter var i = 0; i < 4; i++ {
  racers.append(spawn(@() {
    var start = microtime()
    var s = create_connection(['::1', '127.0.0.1'], port, 5000)
    var elapsed = (microtime() - start) / 1000
    var family = s.family
    s.close()
    return family == AF_INET and elapsed >= 200 and elapsed < 1500
  }))
}
var won = 0
for racer in racers if racer.join() won++
done = true
ticker.join()
echo won                                  # expect: 4
echo ticks >= 4                           # expect: true
echo open_fds() - before                  # expect: 0
filler.close()
v6.close()
v4.close()
for s in pair s.close()
