# continue from a try in a for loop over a list runs finally each time; the loop goes on.
var seen = []
var cleaned = 0
for word in ['a', '', 'b', ''] {
  try {
    if word == '' continue
    seen.append(word)
  } finally {
    cleaned += 1
  }
}
echo seen      # expect: ['a', 'b']
echo cleaned   # expect: 4
