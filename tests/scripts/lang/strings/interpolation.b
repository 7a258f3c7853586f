# ${expr} interpolates any expression into a string.
var x = 5
var name = 'Ada'
echo 'x is ${x}'             # expect: x is 5
echo "hello ${name}!"        # expect: hello Ada!
echo '${x}${x}'              # expect: 55
echo 'sum ${x + 2 * 3}'      # expect: sum 11
echo '${name.upper()}'       # expect: ADA
echo 'nil: ${nil}, bool: ${true}'  # expect: nil: nil, bool: true
echo 'list ${[1, 'a']}'      # expect: list [1, 'a']
echo 'half ${x / 2}'         # expect: half 2.5
echo '${x}'.length()         # expect: 1
