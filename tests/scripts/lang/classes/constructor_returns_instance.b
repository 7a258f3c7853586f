# Calling a class returns the new instance, even when the constructor has a bare return.
class Early {
  var done = false
  Early(stop) {
    if stop return
    self.done = true
  }
}
echo Early(true).done   # expect: false
echo Early(false).done  # expect: true
