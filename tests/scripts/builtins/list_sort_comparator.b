var l = [3, 1, 2]
l.sort(@(a, b) { return b - a })
echo l                  # expect: [3, 2, 1]
var words = ['ccc', 'a', 'bb', 'dd', 'e']
words.sort(@(a, b) { return a.length() - b.length() })
# stable: equal lengths keep their order
echo words              # expect: ['a', 'e', 'bb', 'dd', 'ccc']
var people = [['bob', 30], ['al', 25], ['cy', 30], ['di', 25]]
people.sort(@(a, b) { return a[1] < b[1] })
echo people             # expect: [['al', 25], ['di', 25], ['bob', 30], ['cy', 30]]
var calls = 0
var n = [5, 4, 3, 2, 1]
n.sort(@(a, b) { calls++; return a - b })
echo n                  # expect: [1, 2, 3, 4, 5]
echo calls > 0          # expect: true
