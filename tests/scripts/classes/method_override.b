# An overriding method replaces the parent's for calls through self in parent methods too.
class Report {
  title() { return 'Report' }
  render() { return '== ' + self.title() + ' ==' }
}
class Sales < Report {
  title() { return 'Sales' }
}
echo Report().render()   # expect: == Report ==
echo Sales().render()    # expect: == Sales ==
