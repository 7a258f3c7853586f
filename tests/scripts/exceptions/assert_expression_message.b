# assert's message may be any expression: interpolation, calls, concatenation.
def describe(x) {
  return 'bad value ' + x
}
var x = 7
catch { assert x < 5, 'x is ${x}, limit ${2 + 3}' } as e
echo e.message      # expect: x is 7, limit 5
catch { assert x == 0, describe(x) } as e
echo e.message      # expect: bad value 7
catch { assert [].length() > 0, 'len=' + [].length() } as e
echo e.message      # expect: len=0
assert x == 7, describe('never raised')
echo 'passed'       # expect: passed
