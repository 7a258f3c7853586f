# An error in a method is reported at the method's line.
class Thing {
  go() {
    return self.nothing_here   # expect error: PropertyError
  }
}
Thing().go()
