# Lists and dicts are references: assignment shares the same object.
var a = [1, 2]
var b = a
b.append(3)
echo a             # expect: [1, 2, 3]
var d = {'x': 1}
def mutate(m) {
  m['y'] = 2
}
mutate(d)
echo d             # expect: {'x': 1, 'y': 2}
var c = a.clone()
c.append(4)
echo a             # expect: [1, 2, 3]
echo c             # expect: [1, 2, 3, 4]
