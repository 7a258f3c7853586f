# An exception raised in a closure is caught where the closure is called, not where made.
def make_checker(limit) {
  return @(x) {
    if x > limit raise RangeError('${x} > ${limit}')
    return x
  }
}
var check = make_checker(10)
echo check(5)        # expect: 5
catch { check(11) } as e
echo e.message       # expect: 11 > 10
