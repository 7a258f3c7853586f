echo (0..5).length()      # expect: 5
echo (5..0).length()      # expect: 5
echo (3..3).length()      # expect: 0
echo (-2..2).to_list()    # expect: [-2, -1, 0, 1]
echo (2..-1).to_list()    # expect: [2, 1, 0]
echo (0..0).to_list()     # expect: []
var r = 1..4
echo r.contains(1)        # expect: true
echo r.contains(3)        # expect: true
echo r.contains(4)        # expect: false
echo r.contains(2.5)      # expect: false
echo r.contains('2')      # expect: false
echo (4..1).contains(4)   # expect: true
echo (4..1).contains(1)   # expect: false
# a fractional end: indexing agrees with length() and iteration
var half = 0..2.5
echo half.length()        # expect: 3
echo half[2]              # expect: 2
echo half[-1]             # expect: 2
(0..1).contains()         # expect error: ArgumentError
