# continue inside a catch block (with a bound exception) goes on with an iter loop.
var seen = []
iter var i = 0; i < 4; i++ {
  try {
    if i % 2 == 1 raise ValueError('odd')
  } catch ValueError e {
    continue
  }
  seen.append(i)
}
echo seen     # expect: [0, 2]
