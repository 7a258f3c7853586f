# In l[f()] += v, the index expression is evaluated only once.
var calls = 0
def idx() {
  calls += 1
  return 1
}
var l = [10, 20]
l[idx()] += 5
echo l             # expect: [10, 25]
echo calls         # expect: 1
