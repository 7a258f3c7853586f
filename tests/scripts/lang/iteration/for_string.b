# for c in string visits characters, UTF-8 aware.
for c in 'abc' {
  echo c
}
# expect: a
# expect: b
# expect: c
var parts = []
for c in 'héé€😀' {
  parts.append(c)
}
echo parts         # expect: ['h', 'é', 'é', '€', '😀']
for i, c in 'xy' {
  echo '${i}${c}'
}
# expect: 0x
# expect: 1y
