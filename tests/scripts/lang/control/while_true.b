# `while true` (compiled without a test) ends only by break, return or an
# exception; continue goes round again.
var n = 0
var odd = []
while true {
  n += 1
  if n % 2 == 0 continue
  if n > 7 break
  odd.append(n)
}
echo odd          # expect: [1, 3, 5, 7]
def first_over(limit) {
  var i = 0
  while true {
    i += 1
    if i * i > limit return i
  }
}
echo first_over(50)  # expect: 8
var rounds = 0
catch {
  while true {
    rounds += 1
    if rounds == 3 raise Exception('out')
  }
} as e
echo '${e.message} after ${rounds}'  # expect: out after 3
var outer = 0
while true {
  var inner = 0
  while (true) {
    inner += 1
    if inner == 2 break
  }
  outer += inner
  if outer >= 6 break
}
echo outer        # expect: 6
var flag = true
var turns = 0
while flag and true {
  turns += 1
  flag = false
}
echo turns        # expect: 1
