var d = {'a': 1, 'b': 2}
echo d.extend({'b': 20, 'c': 30})   # expect: nil
echo d                              # expect: {'a': 1, 'b': 20, 'c': 30}
d.extend({})
d.extend(d)
echo d                              # expect: {'a': 1, 'b': 20, 'c': 30}
d.extend([1])                       # expect error: TypeError: dict.extend(): argument 1 (other) must be a dictionary, got list
