echo to_dict(['a', 'b'])   # expect: {0: 'a', 1: 'b'}
echo to_dict([])           # expect: {}
var d = {'x': 1}
var c = to_dict(d)
c['y'] = 2
echo d                     # expect: {'x': 1}
echo c                     # expect: {'x': 1, 'y': 2}
to_dict('ab')              # expect error: TypeError: to_dict(): argument 1 (value) must be a list or dict, got string
