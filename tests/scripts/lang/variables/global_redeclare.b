# At top level, var may declare a global again (it is rebound).
var g = 1
var g = 2
echo g             # expect: 2
