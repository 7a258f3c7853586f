# Leaving a loop with break or continue discards locals declared in its body.
def f() {
  var result = []
  for i in 0..4 {
    var a = i * 2
    var b = a + 1
    if i == 1 continue
    if i == 3 break
    result.append([a, b])
  }
  var after = 'after'
  result.append(after)
  return result
}
echo f()           # expect: [[0, 1], [4, 5], 'after']
