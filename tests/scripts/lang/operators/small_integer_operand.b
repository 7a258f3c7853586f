# Adding or subtracting a literal 0..255 (compiled to one instruction)
# behaves as the general operator on every left-hand value.
var x = 10
echo x + 1          # expect: 11
echo x - 255        # expect: -245
echo x + 0          # expect: 10
echo 1 + 2 - 3      # expect: 0
echo 0.5 + 1        # expect: 1.5
echo -0.5 - 1       # expect: -1.5
echo 'a' + 1        # expect: a1
var big = 2 ** 53
echo big + 1 == big # expect: true
catch { echo nil + 1 } as e
echo e.message      # expect: unsupported operands for +: nil and number
catch { echo 'a' - 1 } as e
echo e.message      # expect: unsupported operands for -: string and number
def fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2) }
echo fib(15)        # expect: 610
echo [1, 2] + 3     # expect error: Unhandled NumericError: unsupported operands for +: list and number
