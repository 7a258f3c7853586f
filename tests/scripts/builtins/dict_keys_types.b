# Keys of any hashable kind; numbers that are equal are the same key.
var d = {}
d.set(1, 'int')
d.set(1.0, 'same')
d.set('1', 'text')
d.set(nil, 'nil')
echo d.length()     # expect: 3
echo d.get(1)       # expect: same
echo d.get(nil)     # expect: nil
echo d.keys()       # expect: [1, '1', nil]
