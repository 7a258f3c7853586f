var d = {'a': [1]}
var c = d.clone()
c['b'] = 2
c['a'].append('shared')
echo d           # expect: {'a': [1, 'shared']}
echo c           # expect: {'a': [1, 'shared'], 'b': 2}
echo d.clear()   # expect: nil
echo d           # expect: {}
echo c.length()  # expect: 2
d['x'] = 1
echo d           # expect: {'x': 1}
