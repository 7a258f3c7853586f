# Values of different types are never equal.
echo [1] == 1      # expect: false
echo nil == 0      # expect: false
echo '' == []      # expect: false
echo {} == []      # expect: false
echo true == 1     # expect: false
echo 0..3 == 0..3  # expect: true
