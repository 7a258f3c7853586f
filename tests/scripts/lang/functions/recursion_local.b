# A function defined inside another may call itself recursively.
def outer() {
  def count_down(n) {
    if n == 0 return 'liftoff'
    return count_down(n - 1)
  }
  return count_down(5)
}
echo outer()       # expect: liftoff
