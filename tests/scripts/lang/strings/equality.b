# Strings compare by value (and are interned).
var a = 'hel' + 'lo'
echo a == 'hello'  # expect: true
echo a != 'hello'  # expect: false
echo 'a' == 'b'    # expect: false
echo 'a' == 'A'    # expect: false
echo '1' == 1      # expect: false
echo '' == nil     # expect: false
