# @to_string defined in a base class is used for subclass instances and sees overridden methods.
class Shape {
  name() { return 'shape' }
  @to_string() { return '<' + self.name() + '>' }
}
class Circle < Shape {
  name() { return 'circle' }
}
echo Circle()          # expect: <circle>
echo [Shape(), Circle()]   # expect: [<shape>, <circle>]
