# A pattern string without /delimiters/ is the whole pattern, with no flags.
echo 'a.c abc'.match('a.c')['match']     # expect: a.c
echo 'xabcx'.match('b(c)')['groups']     # expect: ['c']
echo 'ABC'.match('b')                    # expect: nil
echo 'a/b'.match('/')['start']           # expect: 1
