echo 'a,b,c'.split(',')       # expect: ['a', 'b', 'c']
echo 'a,,b'.split(',')        # expect: ['a', '', 'b']
echo ',a,'.split(',')         # expect: ['', 'a', '']
echo 'abc'.split(',')         # expect: ['abc']
echo ''.split(',')            # expect: ['']
echo 'a--b--c'.split('--')    # expect: ['a', 'b', 'c']
echo 'abc'.split()            # expect: ['a', 'b', 'c']
echo 'héé'.split('')          # expect: ['h', 'é', 'é']
echo ''.split()               # expect: []
echo 'a b  c'.split(' ')      # expect: ['a', 'b', '', 'c']
echo 'x€y€z'.split('€')       # expect: ['x', 'y', 'z']
# More separators than split remembers from its first pass (32): the rest
# are found again while the pieces are made.
var many = '-'.join(to_list(0..100).map(@(n) { return '${n}' }))
var parts = many.split('-')
echo parts.length()           # expect: 100
echo parts[31] + parts[32] + parts[33] + parts[99]  # expect: 31323399
echo '-'.join(parts) == many  # expect: true
echo '-' * 40 == '-'.join(('-' * 40).split('-'))  # expect: true
# Separators of 3 to 8 bytes are compared in place, longer ones with
# memcmp; near misses (a matching first byte) must not split.
echo 'a\r\n\rb\r\n\r\nc'.split('\r\n\r\n')                 # expect: ['a\r\n\rb', 'c']
echo 'x<sep>y<se>z<sep>'.split('<sep>')                    # expect: ['x', 'y<se>z', '']
echo '1::::::::2:::::::3::::::::4'.split('::::::::')       # expect: ['1', '2:::::::3', '4']
echo 'p[separator]q[separato]r'.split('[separator]')       # expect: ['p', 'q[separato]r']
'a'.split(nil)                # expect error: TypeError
