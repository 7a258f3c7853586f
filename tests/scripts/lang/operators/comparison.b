# Comparison and equality operators.
echo 1 < 2         # expect: true
echo 2 <= 2        # expect: true
echo 3 > 4         # expect: false
echo 3 >= 3        # expect: true
echo 1 == 1.0      # expect: true
echo 1 != 2        # expect: true
echo nil == nil    # expect: true
echo nil == false  # expect: false
echo 0 == false    # expect: false
echo 1 == '1'      # expect: false
echo true == true  # expect: true
echo -1 < 0        # expect: true
