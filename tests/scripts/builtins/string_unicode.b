# Character positions count UTF-8 characters, not bytes.
var s = 'naïve café'
echo s.length()               # expect: 10
echo s.index_of('café')       # expect: 6
echo s.index_of('é', 7)       # expect: 9
echo s.split(' ')             # expect: ['naïve', 'café']
echo s.upper()                # expect: NAÏVE CAFÉ
echo s.reverse()              # expect: éfac evïan
echo s.count('a')             # expect: 2
echo '→'.lpad(3, '·')         # expect: ··→
echo s.to_list().length()     # expect: 10
echo ' ü '.trim()             # expect: ü
