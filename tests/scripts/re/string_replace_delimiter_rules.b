# A /pattern/flags string: a leading '/', a later '/' after a non-empty pattern,
# then only the flag letters i m s x u. Anything else is literal text.
echo 'a/b a/b'.replace('/a/b/', 'X')      # expect: X X
echo 'AB'.replace('/b/ix', '-')            # expect: A-
echo '/b/q b'.replace('/b/q', '-')         # expect: - b
echo 'abc'.replace('/b/i ', '-')           # expect: abc
echo 'b//i'.replace('//i', '-')            # expect: b-
