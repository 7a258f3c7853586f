# An exception class defined in a module can be raised there and caught here by class.
import ._lib.shapes { Rect, ShapeError, check }
echo check(Rect(2, 2))      # expect: 4
try {
  check(Rect(0, 5))
} catch ShapeError e {
  echo e.message            # expect: empty rect
  echo e.type               # expect: ShapeError
  echo e.shape.h            # expect: 5
}
