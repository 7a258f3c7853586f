# hasprop, getprop, setprop and delprop follow the dot syntax's rule for
# private members: open to the object's own methods (and the closures
# written in them), AccessError from anywhere else.
class Safe {
  var _code = 1
  static var _made = 0
  read() { return getprop(self, '_code') }
  write(v) { setprop(self, '_code', v); return self._code }
  knows() { return hasprop(self, '_code') }
  forget() { return delprop(self, '_code') }
  later() { return [1].map(@(x) { return getprop(self, '_code') }) }
  peek(other) { return getprop(other, '_code') }
  static made() { return getprop(Safe, '_made') }
}
var s = Safe()
echo s.read()                  # expect: 1
echo s.write(2)                # expect: 2
echo s.knows()                 # expect: true
echo s.later()                 # expect: [2]
echo Safe.made()               # expect: 0
echo s.forget()                # expect: true
echo s.knows()                 # expect: false

var t = Safe()
catch { getprop(t, '_code') } as e
echo e.type + ': ' + e.message # expect: AccessError: cannot access private member '_code' of Safe
catch { setprop(t, '_code', 9) } as e
echo e.type                    # expect: AccessError
catch { hasprop(t, '_code') } as e
echo e.type                    # expect: AccessError
catch { delprop(t, '_code') } as e
echo e.type                    # expect: AccessError
catch { getprop(Safe, '_made') } as e
echo e.type                    # expect: AccessError
catch { s.peek(t) } as e
echo e.type                    # expect: AccessError
echo t.read()                  # expect: 1

def outside() { return getprop(t, '_code') }
catch { outside() } as e
echo e.type                    # expect: AccessError
getprop(t, '_code')            # expect error: AccessError: cannot access private member '_code' of Safe
