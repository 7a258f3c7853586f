# The arithmetic operators on numbers.
echo 1 + 2         # expect: 3
echo 7 - 10        # expect: -3
echo 3 * 4         # expect: 12
echo 7 / 2         # expect: 3.5
echo 7 % 3         # expect: 1
echo 2 ** 10       # expect: 1024
echo 2 ** -1       # expect: 0.5
echo 9 ** 0.5      # expect: 3
echo 7 // 2        # expect: 3
echo 1.5 + 1.5     # expect: 3
echo 5.5 % 2       # expect: 1.5
