# A builtin read from a function is looked for among the module's globals
# again once the module defines any new name: a global defined later with
# the builtin's name hides it from then on, even for code that ran before.
def show(x) { return to_string(x) + '!' }
var before = []
for i in 0..3 before.append(show(i))
echo before                 # expect: ['0!', '1!', '2!']
var unrelated = 1
echo show(7)                # expect: 7!
var to_string = @(x) { return '<${x}>' }
echo show(7)                # expect: <7>!
def count() { return microtime() > 0 }
echo count()                # expect: true
var microtime = @{ return -1 }
echo count()                # expect: false
