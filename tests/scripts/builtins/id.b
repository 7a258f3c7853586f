var l = [1]
var same = l
echo id(l) == id(same)    # expect: true
echo id(l) == id([1])     # expect: false
echo id(42)               # expect: 42
echo is_number(id('s'))   # expect: true
echo [id(nil), id(false), id(true)]  # expect: [1, 2, 3]
