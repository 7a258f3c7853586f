# A receive's timeout bounds the whole wait: a receiver woken for a value
# that another fiber took first waits only for what is left of it, where it
# started the timeout again (here 400 ms in all for a timeout of 100).
import concurrent { Channel }
var c = Channel()
var start = microtime()
var receiver = spawn(@{
  catch { c.receive(100) } as e
  return [e.message, (microtime() - start) / 1000]
})
spawn(@{
  for i in 0..5 {
    sleep(60)
    c.send(i)      # wakes the receiver ...
    c.receive()    # ... and takes the value back before it runs
  }
})
var outcome = receiver.join()
echo outcome[0]              # expect: Channel.receive(): nothing arrived within 100 ms
echo outcome[1] >= 98        # expect: true
echo outcome[1] < 350        # expect: true
