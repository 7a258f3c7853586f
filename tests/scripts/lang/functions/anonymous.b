# Anonymous functions: @(params) { } and @{ }.
var add = @(a, b) { return a + b }
echo add(2, 3)     # expect: 5
var hello = @{ return 'hello' }
echo hello()       # expect: hello
echo @(x) { return x * x }(4)   # expect: 16
echo [1, 2, 3].map(@(x) { return x * 10 })  # expect: [10, 20, 30]
var noisy = @{
  echo 'side effect'
}
echo noisy()
# expect: side effect
# expect: nil
