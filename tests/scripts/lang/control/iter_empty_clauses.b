# Each clause of iter may be empty.
var n = 0
iter ; ; {
  n += 1
  if n == 4 break
}
echo n             # expect: 4
iter var i = 0; i < 3; {
  echo i
  i += 2
}
# expect: 0
# expect: 2
var m = 0
iter ; m < 2; m++ {
}
echo m             # expect: 2
