# String indexing is by character in UTF-8 text.
var s = 'héllo'
echo s[1]          # expect: é
echo s[2]          # expect: l
echo s[-1]         # expect: o
