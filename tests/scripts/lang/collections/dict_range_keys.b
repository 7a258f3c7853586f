# Ranges never change, so as dictionary keys they count by value, as ==
# does; bytes, which may change, count by identity, as lists do.
var d = {}
d[0..2] = 'first'
echo d[0..2]                          # expect: first
echo [d.contains(0..2), d.contains(0..3), d.contains(2..0)]   # expect: [true, false, false]
d[0..2] = 'again'
echo [d.length(), d[0..2]]            # expect: [1, 'again']
var b = bytes([1])
d[b] = 'bytes'
echo [d.contains(b), d.contains(bytes([1]))]   # expect: [true, false]
