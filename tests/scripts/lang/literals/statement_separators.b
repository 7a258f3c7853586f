# Statements end at a newline or ';'; newlines inside brackets are ignored.
echo 1; echo 2
# expect: 1
# expect: 2
var total = (1 +
  2 +
  3)
echo total         # expect: 6
var l = [
  1,
  2
]
echo l             # expect: [1, 2]
var d = {
  'a': 1
}
echo d             # expect: {'a': 1}
