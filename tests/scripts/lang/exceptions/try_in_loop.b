# try/catch inside a loop catches on each iteration.
var results = []
for x in [1, 0, 2, -1] {
  try {
    if x <= 0 raise ValueError('bad ${x}')
    results.append(x)
  } catch ValueError e {
    results.append(e.message)
  }
}
echo results       # expect: [1, 'bad 0', 2, 'bad -1']
