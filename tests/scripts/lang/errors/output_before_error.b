# Output printed before a runtime error is kept.
echo 1             # expect: 1
echo 2             # expect: 2
var l = [1]
echo l[1]          # expect error: RangeError
echo 3
