echo 'Hello, World 1!'.upper()  # expect: HELLO, WORLD 1!
echo 'Hello, World 1!'.lower()  # expect: hello, world 1!
echo 'héllo'.upper()            # expect: HÉLLO
echo ''.upper()                 # expect: 
echo 'ÀB'.lower()               # expect: àb
var mixed = 'ÀbC héLLo'
echo mixed.length()          # expect: 9
echo mixed.lower().length()  # expect: 9
echo mixed.upper()[6, 9]     # expect: LLO
echo mixed.lower()[0, 3]     # expect: àbc
'a'.upper('b')                  # expect error: ArgumentError
