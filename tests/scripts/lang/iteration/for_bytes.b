# for b in bytes visits the byte values as numbers.
for b in bytes([1, 2, 255]) {
  echo b
}
# expect: 1
# expect: 2
# expect: 255
var sum = 0
for b in bytes(3) { sum += b + 1 }
echo sum           # expect: 3
