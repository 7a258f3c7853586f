# A Channel carries values between fibers in order; receive waits for them,
# gives nil once the channel is closed and empty, and can time out.
import concurrent { Channel }
var ch = Channel()
var producer = spawn(@{
  iter var i = 0; i < 4; i++ { sleep(2); ch.send(i * i) }
  ch.close()
})
var got = []
while true {
  var v = ch.receive(2000)
  if v == nil break
  got.append(v)
}
echo got                 # expect: [0, 1, 4, 9]
echo ch.is_closed()      # expect: true
catch { ch.send(1) } as e
echo e.message           # expect: Channel.send(): the channel is closed
catch { Channel().receive(10) } as t
echo t.message           # expect: Channel.receive(): nothing arrived within 10 ms
