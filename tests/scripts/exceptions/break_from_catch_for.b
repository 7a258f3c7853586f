# break inside a catch block (with a bound exception) leaves a for-in loop.
var seen = []
for i in [1, 2, 3] {
  try {
    if i == 2 raise ValueError('stop at ${i}')
    seen.append(i)
  } catch ValueError e {
    seen.append(e.message)
    break
  }
}
echo seen     # expect: [1, 'stop at 2']
