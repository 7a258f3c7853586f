# def [] overloads indexing with any key type, here a grid addressed by 'row,col' strings.
class Grid {
  var cells = nil
  Grid() { self.cells = [[1, 2], [3, 4]] }
  def [] {
    var parts = __arg__.split(',')
    return self.cells[to_number(parts[0])][to_number(parts[1])]
  }
}
var g = Grid()
echo g['0,1']        # expect: 2
echo g['1,0']        # expect: 3
