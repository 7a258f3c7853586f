var d = {'a': 1, 2: nil, true: 'yes'}
echo d.contains('a')     # expect: true
echo d.contains(2)       # expect: true
echo d.contains('2')     # expect: false
echo d.contains(true)    # expect: true
echo d.get('a')          # expect: 1
echo d.get('zz')         # expect: nil
echo d.get('zz', 'dflt') # expect: dflt
echo d.get(2, 'dflt')    # expect: nil
echo d.get(true)         # expect: yes
d.get()                  # expect error: ArgumentError
