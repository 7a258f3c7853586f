# & binds tighter than ^, which binds tighter than |; all bind tighter than comparisons.
echo 1 | 2 == 3    # expect: true
echo 6 & 3 == 2    # expect: true
echo 1 ^ 3 != 2    # expect: false
echo 1 | 6 & 3     # expect: 3
echo 1 ^ 3 & 1     # expect: 0
echo 4 | 1 ^ 1     # expect: 4
echo 2 | 1 < 4     # expect: true
echo 1 << 1 & 3    # expect: 2
