# Field defaults are copied into each instance; changing one instance leaves others alone.
class Cell {
  var value = 10
  var label = 'cell'
}
var a = Cell()
var b = Cell()
a.value = 99
a.label += '-a'
echo a.value       # expect: 99
echo b.value       # expect: 10
echo b.label       # expect: cell
echo Cell().value  # expect: 10
