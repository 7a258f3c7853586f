# A constructor may call the instance's methods, including ones a subclass overrides.
class Widget {
  var label = nil
  Widget() { self.label = self.default_label() }
  default_label() { return 'widget' }
}
class Button < Widget {
  default_label() { return 'button' }
}
echo Widget().label   # expect: widget
echo Button().label   # expect: button
