echo 'hello'.length()     # expect: 5
echo ''.length()          # expect: 0
echo 'héllo wörld'.length()  # expect: 11
echo '€'.length()         # expect: 1
echo '日本語'.length()     # expect: 3
echo 'a\0b'.length()      # expect: 3
# Long strings are counted in blocks of 64 bytes: non-ASCII characters on
# either side of a block boundary, in the middle, and in the tail.
var block = 'a' * 63
echo (block + 'é' + block).length()              # expect: 127
echo ('é' * 40).length()                         # expect: 40
echo ('x' * 64 + '日本語' + 'y' * 100).length()  # expect: 167
echo (('ab€' * 50) + 'z').length()               # expect: 151
echo ('€' + 'q' * 200).length()                  # expect: 201
'x'.length(1)             # expect error: ArgumentError
