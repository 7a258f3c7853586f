# Indexing a string yields a one-character string; negative counts from the end.
var s = 'hello'
echo s[0]          # expect: h
echo s[4]          # expect: o
echo s[-1]         # expect: o
echo s[-5]         # expect: h
echo typeof(s[1])  # expect: string
