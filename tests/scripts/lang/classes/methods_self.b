# Methods call each other through self and may return self for chaining.
class Builder {
  var parts = nil
  Builder() { self.parts = [] }
  add(p) {
    self.parts.append(p)
    return self
  }
  build() { return self._join() }
  _join() { return ', '.join(self.parts) }
}
echo Builder().add('a').add('b').build()  # expect: a, b
