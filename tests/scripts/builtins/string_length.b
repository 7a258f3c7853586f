echo 'hello'.length()     # expect: 5
echo ''.length()          # expect: 0
echo 'héllo wörld'.length()  # expect: 11
echo '€'.length()         # expect: 1
echo '日本語'.length()     # expect: 3
echo 'a\0b'.length()      # expect: 3
# Long strings are counted in spans of 256 bytes and words of 8: non-ASCII
# characters on either side of a boundary, in the middle, and in the tail.
var block = 'a' * 63
echo (block + 'é' + block).length()              # expect: 127
echo ('é' * 40).length()                         # expect: 40
echo ('x' * 64 + '日本語' + 'y' * 100).length()  # expect: 167
echo (('ab€' * 50) + 'z').length()               # expect: 151
echo ('€' + 'q' * 200).length()                  # expect: 201
var span = 'a' * 255
echo (span + 'é' + span).length()                # expect: 511
echo ('é' * 400).length()                        # expect: 400
echo ('x' * 256 + '日本語' + 'y' * 1000).length() # expect: 1259
echo (('ab€' * 500) + 'z').length()              # expect: 1501
echo ('€' + 'q' * 2000).length()                 # expect: 2001
'x'.length(1)             # expect error: ArgumentError
