# Interpolated strings built in a loop.
var s = ''
iter var i = 0; i < 5; i++ {
  s += '${i}${i % 2 == 0 ? 'e' : 'o'} '
}
echo s.trim()      # expect: 0e 1o 2e 3o 4e
