# resume() wakes only a fiber waiting in suspend(): one in sleep() or
# join() goes on waiting, and resume() says false.
var start = microtime()
var sleeper = spawn(@{ sleep(200); return 'slept' })
sleep(1)
echo resume(sleeper)                       # expect: false
echo sleeper.join()                        # expect: slept
echo microtime() - start >= 190000           # expect: true
var waiter = spawn(@{ return spawn(@{ sleep(20); return 'joined' }).join() })
sleep(1)
echo resume(waiter)                        # expect: false
echo waiter.join()                         # expect: joined
