# Instances made from one class do not share a list default even after many instances.
class Row {
  var cells = [0, 0]
}
var rows = []
for i in 0..3 {
  var r = Row()
  r.cells[0] = i
  rows.append(r)
}
echo rows[0].cells    # expect: [0, 0]
echo rows[1].cells    # expect: [1, 0]
echo rows[2].cells    # expect: [2, 0]
echo Row().cells      # expect: [0, 0]
