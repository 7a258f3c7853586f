# // is floor division and % takes the sign of the divisor (floored, like Python).
echo -7 // 2       # expect: -4
echo 7 // -2       # expect: -4
echo -7 // -2      # expect: 3
echo 7.5 // 2      # expect: 3
echo 7 % -3        # expect: -2
echo -7 % 3        # expect: 2
echo -7 % -3       # expect: -1
echo 6 % 3         # expect: 0
echo -1 % 5        # expect: 4
