echo 'hello'.length()     # expect: 5
echo ''.length()          # expect: 0
echo 'héllo wörld'.length()  # expect: 11
echo '€'.length()         # expect: 1
echo '日本語'.length()     # expect: 3
echo 'a\0b'.length()      # expect: 3
'x'.length(1)             # expect error: ArgumentError
