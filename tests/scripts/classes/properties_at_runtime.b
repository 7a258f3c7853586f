# Properties added at run time are visible to hasprop, getprop and the class's methods.
class Record {
  show(name) { return getprop(self, name) }
}
var r = Record()
r.color = 'red'
setprop(r, 'size', 3)
echo hasprop(r, 'color')    # expect: true
echo hasprop(r, 'size')     # expect: true
echo hasprop(r, 'weight')   # expect: false
echo r.show('color')        # expect: red
echo r.size                 # expect: 3
echo hasprop(Record(), 'color')   # expect: false
