# Every compound assignment operator.
var x = 10
x += 5;  echo x    # expect: 15
x -= 3;  echo x    # expect: 12
x *= 2;  echo x    # expect: 24
x /= 8;  echo x    # expect: 3
x **= 3; echo x    # expect: 27
x %= 5;  echo x    # expect: 2
x = 17
x //= 5; echo x    # expect: 3
x &= 2;  echo x    # expect: 2
x |= 5;  echo x    # expect: 7
x ^= 1;  echo x    # expect: 6
x <<= 2; echo x    # expect: 24
x >>= 3; echo x    # expect: 3
