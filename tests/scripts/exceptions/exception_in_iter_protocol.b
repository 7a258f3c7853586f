# An exception raised by @iter during a for loop stops the loop and is catchable.
class Flaky {
  @itern(i) {
    if i == nil return 0
    return i < 5 ? i + 1 : nil
  }
  @iter(i) {
    if i == 2 raise ValueError('bad item ${i}')
    return i
  }
}
var got = []
try {
  for x in Flaky() got.append(x)
} catch ValueError e {
  echo e.message   # expect: bad item 2
}
echo got           # expect: [0, 1]
