# A value sent just after a receiver's timeout has passed (the receiver is
# ready to run but has not yet) goes to the next receiver: send() woke only
# the first in line, which could no longer take it, and the value sat in the
# channel while the next receiver timed out.
import concurrent { Channel }
var ch = Channel()
spawn(@{ sleep(5); ch.send('value') })
spawn(@{ catch { ch.receive(6) } as e; echo 'first: ' + e.message })
var second = spawn(@{ return ch.receive(2000) })
# Runs without waiting until both timers have passed, so that the sender
# and the first receiver wake together, the sender first.
spawn(@{ var start = microtime(); while microtime() - start < 30000 {} })
echo 'second: ' + second.join()
echo ch.length()
# expect: first: Channel.receive(): nothing arrived within 6 ms
# expect: second: value
# expect: 0
