var d = {'b': 1, 'a': 2, 3: [4]}
echo d.keys()     # expect: ['b', 'a', 3]
echo d.values()   # expect: [1, 2, [4]]
echo d.items()    # expect: [['b', 1], ['a', 2], [3, [4]]]
d.remove('b')
d['b'] = 9
echo d.keys()     # expect: ['a', 3, 'b']
echo {}.keys()    # expect: []
echo {}.items()   # expect: []
