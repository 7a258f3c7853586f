# a..b makes a range, end exclusive.
echo 0..5          # expect: 0..5
echo typeof(1..3)  # expect: range
var a = 2
echo a..a + 3      # expect: 2..5
echo to_list(0..3) # expect: [0, 1, 2]
echo to_list(3..0) # expect: [3, 2, 1]
echo to_list(2..2) # expect: []
