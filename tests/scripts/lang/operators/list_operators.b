# + concatenates lists; a list times a number repeats it.
echo [1, 2] + [3]      # expect: [1, 2, 3]
echo [] + []           # expect: []
echo [1, 2] * 2        # expect: [1, 2, 1, 2]
echo ['a'] * 3         # expect: ['a', 'a', 'a']
var a = [1]
var b = a + [2]
echo a                 # expect: [1]
echo b                 # expect: [1, 2]
