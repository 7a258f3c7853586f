# using/when/default: first matching when runs, with no fall-through.
def name(n) {
  using n {
    when 1 { return 'one' }
    when 2, 3 { return 'two or three' }
    when 'x', 'y', 'z' { return 'letter' }
    default { return 'other' }
  }
}
echo name(1)       # expect: one
echo name(2)       # expect: two or three
echo name(3)       # expect: two or three
echo name('y')     # expect: letter
echo name(4)       # expect: other
echo name(nil)     # expect: other
