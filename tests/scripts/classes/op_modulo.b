# def % overloads the remainder operator.
class Clock {
  var h = 0
  Clock(h) { self.h = h }
  def % { return Clock(self.h % __arg__) }
}
echo (Clock(27) % 12).h    # expect: 3
echo (Clock(12) % 12).h    # expect: 0
