# Operator precedence and associativity.
echo 1 + 2 * 3     # expect: 7
echo (1 + 2) * 3   # expect: 9
echo 10 - 4 - 3    # expect: 3
echo 100 / 10 / 5  # expect: 2
echo 2 * 3 ** 2    # expect: 18
echo 2 ** 3 ** 2   # expect: 512
echo -2 ** 2       # expect: 4
echo (-2) ** 3     # expect: -8
echo 7 - 6 // 4    # expect: 6
echo 1 + 2 << 1    # expect: 6
echo 1 << 2 + 1    # expect: 8
echo 2 + 3 == 5    # expect: true
echo 1 < 2 == true # expect: true
