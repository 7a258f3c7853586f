# Dicts print as {key: value} in insertion order; string keys and values are quoted.
echo {'a': 1, 2: 'b'}        # expect: {'a': 1, 2: 'b'}
echo {}                      # expect: {}
echo {'n': {'m': [1]}}       # expect: {'n': {'m': [1]}}
echo {'x': nil, 'y': true}   # expect: {'x': nil, 'y': true}
