# Lists print with their elements; strings inside are single-quoted.
echo [1, 'a', nil, true]     # expect: [1, 'a', nil, true]
echo []                      # expect: []
echo [[1, 2], [3], []]       # expect: [[1, 2], [3], []]
echo [1.5, -2, 'x y']        # expect: [1.5, -2, 'x y']
echo [{'k': 'v'}, 0..2]      # expect: [{'k': 'v'}, 0..2]
echo to_string([1, 'b'])     # expect: [1, 'b']
