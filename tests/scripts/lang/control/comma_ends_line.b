# A line may end with a comma to go on with the next, in every comma list
# of a statement: a for loop's two variables, a class's fields and an
# assert's message (each was a syntax error, 'got newline').
for key,
    value in ['a'] {
  echo '${key} ${value}'       # expect: 0 a
}
class Point {
  var x = 1,
      y = 2
  static var origin = 0,
             unit = 1
}
echo Point().y + Point.unit    # expect: 3
assert true,
  'never shown'
assert 1 > 2,                  # expect error: AssertionError: one is not more than two
  'one is not more than two'
