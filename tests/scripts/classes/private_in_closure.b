# A closure written in a method is the class's own code: it may use the
# private members of the self it captures, at any depth, as the method
# does; other objects' private members stay closed to it.
class T {
  var _x = 1
  _twice(v) { return v * 2 }
  get() { return [1].map(@(v) { return self._x + v }) }
  call() { return [3].map(@(v) { return self._twice(v) }) }
  set(n) { [n].map(@(v) { self._x = v }) }
  deep() { return [1].map(@(a) { return [2].map(@(b) { return self._x + a + b }) }) }
  later() { return @{ return self._x } }
  other(t) { return [t].map(@(o) { return o._x }) }
}
var t = T()
echo t.get()                      # expect: [2]
echo t.call()                     # expect: [6]
t.set(5)
echo t.get()                      # expect: [6]
echo t.deep()                     # expect: [[8]]
echo t.later()()                  # expect: 5
catch { T().other(t) } as e
echo e.type                       # expect: AccessError
catch { t._x } as e2
echo e2.type                      # expect: AccessError
