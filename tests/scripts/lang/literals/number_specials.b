# Division by zero yields IEEE specials, printed as inf, -inf and nan.
echo 1 / 0         # expect: inf
echo -1 / 0        # expect: -inf
echo 0 / 0         # expect: nan
echo 1 / 0 > 1e308 # expect: true
echo 0 / 0 == 0 / 0  # expect: false
