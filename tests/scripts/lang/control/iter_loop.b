# iter is the C-style for loop.
iter var i = 0; i < 3; i++ {
  echo i
}
# expect: 0
# expect: 1
# expect: 2
var total = 0
iter var j = 10; j > 0; j -= 3 {
  total += j
}
echo total         # expect: 22
var k = 0
iter k = 5; k < 7; k++ {
}
echo k             # expect: 7
