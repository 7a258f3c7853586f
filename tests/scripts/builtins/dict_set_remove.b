var d = {}
echo d.set('k', 1)    # expect: nil
d.set(2, 'two')
d.set('k', 'new')
echo d                # expect: {'k': 'new', 2: 'two'}
echo d.remove('k')    # expect: new
echo d.remove('k')    # expect: nil
echo d                # expect: {2: 'two'}
echo d.remove(2)      # expect: two
echo d                # expect: {}
d.set('only')         # expect error: ArgumentError
