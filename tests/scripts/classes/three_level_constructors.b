# Constructors at three levels each call parent(...) first; all fields end up set.
class Base {
  var trail = nil
  Base() {
    self.trail = ['Base']
  }
}
class Middle < Base {
  Middle() {
    parent()
    self.trail.append('Middle')
  }
}
class Top < Middle {
  Top() {
    parent()
    self.trail.append('Top')
  }
}
echo Top().trail       # expect: ['Base', 'Middle', 'Top']
echo Middle().trail    # expect: ['Base', 'Middle']
