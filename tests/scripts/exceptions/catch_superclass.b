# catch Exception catches every built-in error class raised by the language or natives.
var caught = []
var actions = [
  @{ [1][5] },
  @{ nope_undefined },
  @{ 'x' - 1 },
  @{ to_number('z') },
  @{ [].pop(1, 2) },
]
for act in actions {
  try {
    act()
  } catch Exception e {
    caught.append(e.type)
  }
}
echo caught   # expect: ['RangeError', 'UndefinedError', 'NumericError', 'ValueError', 'ArgumentError']
