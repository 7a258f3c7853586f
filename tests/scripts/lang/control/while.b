# while repeats while its condition is true.
var i = 0
var s = 0
while i < 5 {
  s += i
  i += 1
}
echo s             # expect: 10
while false {
  echo 'never'
}
var n = 3
while n > 0 n -= 1
echo n             # expect: 0
