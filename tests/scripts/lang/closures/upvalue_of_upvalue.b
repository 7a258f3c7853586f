# A closure nested two levels deep reaches the outermost function's local.
def outer() {
  var x = 'outer x'
  def middle() {
    def inner() {
      return x
    }
    return inner
  }
  return middle
}
echo outer()()()   # expect: outer x
def levels() {
  var n = 0
  return @{
    return @{
      n += 1
      return n
    }
  }
}
var mk = levels()
var a = mk()
var b = mk()
a()
echo b()           # expect: 2
