# continue inside a catch block goes on with the next element of a for-in loop.
var parsed = []
for s in ['1', 'x', '3'] {
  try {
    parsed.append(to_number(s))
  } catch ValueError e {
    continue
  }
  parsed.append('ok')
}
echo parsed   # expect: [1, 'ok', 3, 'ok']
