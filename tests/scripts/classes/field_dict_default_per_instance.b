# A dictionary field default is copied per instance as well.
class Registry {
  var entries = {}
  put(k, v) { self.entries[k] = v }
}
var a = Registry()
var b = Registry()
a.put('x', 1)
echo a.entries        # expect: {'x': 1}
echo b.entries        # expect: {}
echo b.entries.length()   # expect: 0
