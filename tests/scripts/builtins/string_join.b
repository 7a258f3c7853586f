echo ', '.join(['a', 'b', 'c'])   # expect: a, b, c
echo ''.join(['x', 'y'])          # expect: xy
echo '-'.join([])                 # expect: 
echo '-'.join([1, nil, true, 2.5])  # expect: 1-nil-true-2.5
echo '/'.join([[1, 'a'], {'k': 'v'}])  # expect: [1, 'a']/{'k': 'v'}
class N { @to_string() { return 'N' } }
echo '+'.join([N(), N()])         # expect: N+N
'-'.join('abc')                   # expect error: TypeError: string.join(): argument 1 (items) must be a list, got string
