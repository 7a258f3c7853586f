# Calling a method with too few or too many arguments raises ArgumentError naming it.
class Calc {
  add(a, b) { return a + b }
}
var c = Calc()
catch { c.add(1) } as e
echo e.type                              # expect: ArgumentError
echo e.message.index_of('add') > -1      # expect: true
catch { c.add(1, 2, 3) } as e
echo e.type                              # expect: ArgumentError
echo c.add(1, 2)                         # expect: 3
