# When the main code has ended, a fiber's join() on the main fiber returns
# nil, and the fibers left that wait for another (no socket or timer could
# wake one) get the deadlock error, as a join() in the main code does,
# instead of the script ending silently with them unfinished.
import concurrent { Channel }
var ch = Channel()
var waiter = spawn(@{
  catch { ch.receive() } as e
  echo 'waiter: ' + e.message
})
spawn(@{
  catch { waiter.join(); suspend() } as e
  echo 'second: ' + e.message
})
var main = current_fiber()
spawn(@{ echo 'main joined: ' + to_string(main.join()) })
echo 'main ends'
# expect: main ends
# expect: main joined: nil
# expect: waiter: Channel.receive(): deadlock: every fiber is waiting and none can run
# expect: second: suspend(): deadlock: every fiber is waiting and none can run
