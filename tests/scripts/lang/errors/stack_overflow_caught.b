# A stack overflow can be caught, and the interpreter keeps working afterwards.
def down(n) {
  return down(n + 1)
}
try {
  down(0)
} catch Exception e {
  echo 'caught: ${e.message.index_of('stack overflow') > -1}'  # expect: caught: true
}
def fact(n) { return n <= 1 ? 1 : n * fact(n - 1) }
echo fact(5)       # expect: 120
