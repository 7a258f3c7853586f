# def >= overloads greater-or-equal.
class Score {
  var pts = 0
  Score(p) { self.pts = p }
  def >= { return self.pts >= __arg__.pts }
}
echo Score(10) >= Score(10)   # expect: true
echo Score(11) >= Score(10)   # expect: true
echo Score(9) >= Score(10)    # expect: false
