# An exception in a constructor propagates; no instance is produced.
class Positive {
  var n = 0
  Positive(n) {
    if n <= 0 raise ValueError('not positive: ${n}')
    self.n = n
  }
}
var p = nil
catch { p = Positive(-3) } as e
echo e.message     # expect: not positive: -3
echo p             # expect: nil
echo Positive(2).n # expect: 2
