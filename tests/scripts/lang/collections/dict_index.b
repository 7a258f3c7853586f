# Reading, updating and adding dict entries by key.
var d = {'a': 1}
echo d['a']        # expect: 1
d['a'] = 2
d['b'] = 3
d[10] = 'ten'
echo d             # expect: {'a': 2, 'b': 3, 10: 'ten'}
echo d[10]         # expect: ten
echo d.length()    # expect: 3
var key = 'b'
echo d[key]        # expect: 3
