# Helper module: classes (with inheritance and an exception class) for importers.
class Shape {
  var name = 'shape'
  area() { return 0 }
  describe() { return '${self.name} of area ${self.area()}' }
}

class Rect < Shape {
  var w = 0
  var h = 0
  Rect(w, h) {
    self.name = 'rect'
    self.w = w
    self.h = h
  }
  area() { return self.w * self.h }
}

class ShapeError < Exception {
  var shape = nil
  ShapeError(shape, message) {
    parent(message)
    self.shape = shape
  }
}

def check(shape) {
  if shape.area() <= 0 raise ShapeError(shape, 'empty ${shape.name}')
  return shape.area()
}
