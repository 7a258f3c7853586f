# == compares lists elementwise.
echo [1, 2] == [1, 2]          # expect: true
echo [1, 2] == [1, 3]          # expect: false
echo [1, 2] == [1, 2, 3]       # expect: false
echo [] == []                  # expect: true
echo [[1], 'a'] == [[1], 'a']  # expect: true
echo [1, 2] != [2, 1]          # expect: true
var l = [1]
echo l == l                    # expect: true
