# Nested lists and dicts: reading and writing through several levels.
var m = [[1, 2], [3, 4]]
echo m[1][0]       # expect: 3
m[0][1] = 20
echo m             # expect: [[1, 20], [3, 4]]
var d = {'a': {'b': [1, {'c': 'deep'}]}}
echo d['a']['b'][1]['c']  # expect: deep
d['a']['b'][0] = 'one'
d['a']['new'] = {}
echo d             # expect: {'a': {'b': ['one', {'c': 'deep'}], 'new': {}}}
