# A bare name as a dict key is a string; {name, age} takes the variables of those names.
var d = {name: 'x', 'k': 1, 3: nil}
echo d               # expect: {'name': 'x', 'k': 1, 3: nil}
echo d['name']       # expect: x
echo d.length()      # expect: 3
var name = 'Ada', age = 36
var p = {name, age}
echo p               # expect: {'name': 'Ada', 'age': 36}
