# iter runs its condition once before the first round and once after each
# step (the code puts the step first): count the evaluations, with
# continue, break, a lambda in the condition and a condition that fails
# at once.
var tests = 0
def check(i) {
  tests += 1
  return i < 3
}
var rounds = []
iter var i = 0; check(i); i += 1 {
  if i == 1 continue
  rounds.append(i)
}
echo rounds        # expect: [0, 2]
echo tests         # expect: 4
tests = 0
iter var j = 10; check(j); j += 1 {
  echo 'never'
}
echo tests         # expect: 1
var below = @(x, limit) { return x < limit }
var seen = []
iter var k = 0; below(k, 3); k++ {
  seen.append(k)
  if k == 5 break
}
echo seen          # expect: [0, 1, 2]
var steps = 0
iter var m = 0; m < 100; m += 1 {
  steps += 1
  if m == 4 break
}
echo steps         # expect: 5
