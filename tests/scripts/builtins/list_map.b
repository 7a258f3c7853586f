echo [1, 2, 3].map(@(x) { return x * x })       # expect: [1, 4, 9]
echo ['a', 'b'].map(@(x, i) { return x + i })   # expect: ['a0', 'b1']
echo [].map(@(x) { return x })                  # expect: []
echo ['a', 'b'].map(to_string)                  # expect: ['a', 'b']
echo [1, -2].map(abs)                           # expect: [1, 2]
def twice(x) { return x * 2 }
echo [1, 2].map(twice)                          # expect: [2, 4]
echo [1, 2].map(@{ return 0 })                  # expect: [0, 0]
echo ['x'].map(@(v, i, extra) { return extra })  # expect error: ArgumentError
