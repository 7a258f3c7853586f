# fib: recursive fib(30). Measures function calls, argument passing,
# global function lookup, comparisons and integer-valued arithmetic.
def fib(n) {
  if n < 2 {
    return n
  }
  return fib(n - 1) + fib(n - 2)
}

def main() {
  echo fib(30)
}

main()
