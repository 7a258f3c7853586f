# A list field default is copied per instance: appending in one instance leaves the others alone.
class Bag {
  var items = []
  add(x) { self.items.append(x) }
}
var a = Bag()
var b = Bag()
a.add(1)
a.add(2)
echo a.items        # expect: [1, 2]
echo b.items        # expect: []
echo Bag().items    # expect: []
