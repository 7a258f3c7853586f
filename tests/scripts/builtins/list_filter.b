echo [1, 2, 3, 4].filter(@(x) { return x % 2 == 0 })   # expect: [2, 4]
echo ['a', '', 'b'].filter(@(x) { return x })          # expect: ['a', 'b']
echo [5, 6, 7].filter(@(x, i) { return i != 1 })       # expect: [5, 7]
# Blade truthiness: -1 is false
echo ['ab', 'xb', 'b'].filter(@(s) { return s.index_of('a') })  # expect: ['ab']
echo [].filter(@(x) { return true })                   # expect: []
echo [nil, 0, false].filter(@(x) { return x == nil })  # expect: [nil]
[1].filter(nil)       # expect error: TypeError
