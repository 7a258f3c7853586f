# Decimal integer, fractional and exponent literals.
echo 10            # expect: 10
echo 0             # expect: 0
echo 1.5           # expect: 1.5
echo 0.25          # expect: 0.25
echo 1e9           # expect: 1000000000
echo 1.5e3         # expect: 1500
echo 2.5e-3        # expect: 0.0025
echo 100.0         # expect: 100
echo -42           # expect: -42
