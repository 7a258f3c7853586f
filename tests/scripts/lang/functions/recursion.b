# Recursive and mutually recursive functions.
def fact(n) {
  if n <= 1 return 1
  return n * fact(n - 1)
}
echo fact(10)      # expect: 3628800
def fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2)
}
echo fib(15)       # expect: 610
def is_even(n) {
  return n == 0 ? true : is_odd(n - 1)
}
def is_odd(n) {
  return n == 0 ? false : is_even(n - 1)
}
echo is_even(10)   # expect: true
echo is_odd(7)     # expect: true
