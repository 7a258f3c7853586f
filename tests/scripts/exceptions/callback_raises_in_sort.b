# An exception raised by a sort comparator propagates out of sort.
catch {
  [3, 1, 2].sort(@(a, b) { raise ValueError('no compare') })
} as e
echo e.type       # expect: ValueError
echo e.message    # expect: no compare
