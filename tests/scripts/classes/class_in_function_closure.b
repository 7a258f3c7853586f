# A class defined in a function closes over the function's locals by reference.
def make() {
  var created = 0
  class Item {
    var n = 0
    Item() {
      created += 1
      self.n = created
    }
  }
  return [Item, @{ return created }]
}
var pair = make()
var Item = pair[0]
var count = pair[1]
Item()
echo Item().n     # expect: 2
echo count()      # expect: 2
var other = make()
echo other[0]().n # expect: 1
echo count()      # expect: 2
