# spawn() starts a function in a fiber; join() waits and returns its result.
var f = spawn(@(a, b) { return a + b }, 20, 22)
echo f.join()       # expect: 42
echo f.is_done()    # expect: true
echo typeof(f)      # expect: fiber
var g = spawn(@{ sleep(5); return 'later' })
echo g.is_done()    # expect: false
echo g.join()       # expect: later
echo g.join()       # expect: later
