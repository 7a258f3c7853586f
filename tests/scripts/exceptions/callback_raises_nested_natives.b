# An exception raised in a callback two natives deep (filter inside map) unwinds both.
var calls = 0
catch {
  [[1, 2], [3, 4]].map(@(row) {
    return row.filter(@(x) {
      calls += 1
      if x == 3 raise RangeError('three')
      return true
    })
  })
} as e
echo e.type      # expect: RangeError
echo e.message   # expect: three
echo calls       # expect: 3
echo [5, 6].map(@(x) { return x + 1 })   # expect: [6, 7]
