# Inside a callback from native code (here list.map's) no other fiber can
# run, so a wait there that needs one is refused at once, with or without a
# timeout: a timeout stalled every fiber for its length and then reported
# that nothing had arrived, though the sender never had a chance to run.
import concurrent { Channel }
var ch = Channel()
spawn(@{ ch.send('sent') })
var start = microtime()
catch { [1].map(@(x) { return ch.receive(200) }) } as e
echo e.message   # expect: Channel.receive(): cannot wait inside a callback from native code
echo microtime() - start < 150000   # expect: true
catch { [1].map(@(x) { return suspend(50) }) } as e
echo e.message   # expect: suspend(): cannot wait inside a callback from native code
echo ch.receive(1000)   # expect: sent
