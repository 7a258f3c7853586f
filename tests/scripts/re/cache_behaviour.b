# Compiling the same pattern again (and many others in between) behaves the same.
import re
var a = re.compile('(\\d+)-(\\d+)')
iter var i = 0; i < 100; i++ { re.compile('p' + i) }
var b = re.compile('(\\d+)-(\\d+)')
echo b.search('x 3-4')['groups']   # expect: ['3', '4']
echo a.search('x 5-6')['groups']   # expect: ['5', '6']
echo re.compile('a', re.IGNORECASE).search('A')['match']   # expect: A
echo re.compile('a').search('A')                            # expect: nil
