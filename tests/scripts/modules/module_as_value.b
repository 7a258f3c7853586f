# A module can be passed to a function and stored in a collection.
import ._lib.deep.inner
import ._lib.deep.deeper.leaf
def where_of(m) { return m.where }
var mods = {a: inner, b: leaf}
echo where_of(mods['a'])    # expect: deep/inner
echo where_of(mods['b'])    # expect: deep/deeper/leaf
