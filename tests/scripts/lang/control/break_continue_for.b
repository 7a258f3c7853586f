# break and continue in for-in loops over lists, dicts, strings and ranges.
var a = []
for v in [1, 2, 3, 4, 5] {
  if v == 2 continue
  if v == 4 break
  a.append(v)
}
echo a             # expect: [1, 3]
var k = []
for key, v in {'a': 1, 'b': 2, 'c': 3} {
  if key == 'a' continue
  k.append(key)
}
echo k             # expect: ['b', 'c']
var s = ''
for c in 'abcdef' {
  if c == 'b' continue
  if c == 'e' break
  s += c
}
echo s             # expect: acd
var r = []
for n in 0..100 {
  if n == 3 break
  r.append(n)
}
echo r             # expect: [0, 1, 2]
