# def [] overloads indexing; the index is in __arg__.
class Squares {
  def [] { return __arg__ * __arg__ }
}
var s = Squares()
echo s[4]          # expect: 16
echo s[1.5]        # expect: 2.25
