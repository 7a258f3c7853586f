echo abs(-3)      # expect: 3
echo abs(2.5)     # expect: 2.5
echo abs(-0.5)    # expect: 0.5
echo abs(-1 / 0)  # expect: inf
abs('1')          # expect error: TypeError: abs(): argument 1 (number) must be a number, got string
