# A Promise is settled once; its Future waits for the value, re-raises a
# rejection, times out, and runs callbacks (at once when already settled).
import concurrent { Promise }
var p = Promise()
p.future.on_success(@(v) { echo 'success: ' + v })   # expect: success: 42
spawn(@{ sleep(5); p.resolve(42) })
echo p.future.wait(2000)       # expect: 42
echo p.future.is_done()        # expect: true
p.future.on_success(@(v) { echo 'again: ' + v })     # expect: again: 42
catch { p.resolve(1) } as e
echo e.message                 # expect: Promise: already settled
var q = Promise()
q.future.on_failure(@(err) { echo 'failure: ' + err.message })   # expect: failure: nope
spawn(@{ q.reject(ValueError('nope')) })
catch { q.future.wait() } as r
echo r.type                    # expect: ValueError
catch { Promise().future.wait(10) } as t
echo t.message                 # expect: Future.wait(): not settled within 10 ms
catch { Promise().reject('text') } as u
echo u.type                    # expect: TypeError
