# Timeouts are numbers of milliseconds, negative for no limit and at most
# 1e12 (sleep()'s limit); nan and larger values are refused by name instead
# of timing out at once.
import concurrent { Channel, Promise }
var nan = 0 / 0
catch { suspend(nan) } as e
echo e.message   # expect: suspend(): timeout must be at most 1e12 milliseconds (negative: no limit), got nan
catch { suspend(1e300) } as e
echo e.message   # expect: suspend(): timeout must be at most 1e12 milliseconds (negative: no limit), got 1e+300
catch { Channel().receive(1 / 0) } as e
echo e.message   # expect: Channel.receive(): timeout must be at most 1e12 milliseconds (negative: no limit), got inf
catch { Channel().receive('5') } as e
echo e.type + ': ' + e.message   # expect: TypeError: Channel.receive(): timeout must be a number, got string
catch { Promise().future.wait(nan) } as e
echo e.message   # expect: Future.wait(): timeout must be at most 1e12 milliseconds (negative: no limit), got nan
echo suspend(0)  # expect: false
var ch = Channel()
spawn(@{ ch.send('late') })
echo ch.receive(-5)   # expect: late
catch { ch.receive(0) } as e
echo e.message   # expect: Channel.receive(): nothing arrived within 0 ms
# With nothing that could wake them, the waits name the method called.
catch { Channel().receive() } as e
echo e.message   # expect: Channel.receive(): no other fiber could resume this one
catch { Promise().future.wait() } as e
echo e.message   # expect: Future.wait(): no other fiber could resume this one
