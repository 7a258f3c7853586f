# A closure keeps its captured variable alive and updates it.
def make_counter() {
  var n = 0
  return @{
    n += 1
    return n
  }
}
var c1 = make_counter()
var c2 = make_counter()
echo c1()          # expect: 1
echo c1()          # expect: 2
echo c1()          # expect: 3
echo c2()          # expect: 1
