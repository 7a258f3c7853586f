# A loop around a function definition does not make break valid inside the function.
while true {
  def f() {
    break          # expect error: SyntaxError
  }
}
