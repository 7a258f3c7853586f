# continue in iter still runs the increment clause; break leaves the loop.
var got = []
iter var i = 0; i < 10; i++ {
  if i % 3 == 0 continue
  if i > 7 break
  got.append(i)
}
echo got           # expect: [1, 2, 4, 5, 7]
