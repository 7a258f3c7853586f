# == compares lists and dicts by value, however they nest, up to 1000
# levels; deeper (or lists that hold themselves) raise a RangeError
# instead of exhausting the C stack. Dict keys stay by identity for lists.
echo [[1, [2]]] == [[1, [2]]]             # expect: true
echo {a: [1, {b: 2}]} == {a: [1, {b: 2}]} # expect: true
echo {a: [1, {b: 2}]} == {a: [1, {b: 3}]} # expect: false
echo [[[1], [2]].index_of([2]), [[1], [1]].count([1])] # expect: [1, 2]

def nest(depth) {
  var list = []
  iter var i = 0; i < depth; i++ { list = [list] }
  return list
}
echo nest(999) == nest(999)               # expect: true
echo nest(999) == nest(998)               # expect: false

var deep = nest(3000)
try {
  echo deep == nest(3000)
} catch RangeError as e {
  echo e.message  # expect: cannot compare lists or dicts nested more than 1000 levels deep (or holding themselves)
}
try {
  echo [deep].contains(nest(3000))
} catch RangeError as e {
  echo 'contains: ' + e.message.split(' (')[0] # expect: contains: cannot compare lists or dicts nested more than 1000 levels deep
}

var a = [1]
a.append(a)
var b = [1]
b.append(b)
echo a == a                                # expect: true
try {
  echo a == b
} catch RangeError {
  echo 'self-holding lists are too deep'   # expect: self-holding lists are too deep
}

# two distinct equal lists are distinct keys
var keys = {}
keys[[1]] = 'first'
keys[[1]] = 'second'
echo keys.length()                         # expect: 2
