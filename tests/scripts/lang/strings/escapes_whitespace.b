# \n, \t, \r and \0 escapes produce the control characters.
echo 'one\ntwo'
# expect: one
# expect: two
echo "x\ny"
# expect: x
# expect: y
echo ord('\n')     # expect: 10
echo ord('\t')     # expect: 9
echo ord("\t")     # expect: 9
echo ord('\r')     # expect: 13
echo ord('\0')     # expect: 0
echo 'a\tb' == 'a' + chr(9) + 'b'  # expect: true
echo 'a\0b'.length()  # expect: 3
echo '\n\t\r'.length()  # expect: 3
