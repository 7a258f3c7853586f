echo 'Hello, World 1!'.upper()  # expect: HELLO, WORLD 1!
echo 'Hello, World 1!'.lower()  # expect: hello, world 1!
echo 'héllo'.upper()            # expect: HéLLO
echo ''.upper()                 # expect: 
echo 'ÀB'.lower()               # expect: Àb
'a'.upper('b')                  # expect error: ArgumentError
