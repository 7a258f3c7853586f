# Unary minus, logical not and bitwise not.
var x = 3
echo -x            # expect: -3
echo -(-x)         # expect: 3
echo !true         # expect: false
echo !false        # expect: true
echo !!x           # expect: true
echo !nil          # expect: true
echo !0            # expect: false
echo !-1           # expect: true
echo !''           # expect: true
echo ~5            # expect: -6
echo ~0            # expect: -1
echo ~-1           # expect: 0
echo -x * 2        # expect: -6
