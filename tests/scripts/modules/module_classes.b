# Classes defined in a module work in the importer, including inheritance and instance_of.
import ._lib.shapes
var r = shapes.Rect(2, 3)
echo r.area()                             # expect: 6
echo r.describe()                         # expect: rect of area 6
echo instance_of(r, shapes.Shape)         # expect: true
echo r                                    # expect: <Rect instance>
echo shapes.Rect                          # expect: <class Rect>
