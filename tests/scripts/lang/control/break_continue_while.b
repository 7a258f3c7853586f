# break and continue in while and do-while.
var i = 0
var odd = []
while i < 10 {
  i += 1
  if i % 2 == 0 continue
  if i > 7 break
  odd.append(i)
}
echo odd           # expect: [1, 3, 5, 7]
var j = 0
var seen = []
do {
  j += 1
  if j == 2 continue
  if j == 4 break
  seen.append(j)
} while j < 10
echo seen          # expect: [1, 3]
echo j             # expect: 4
