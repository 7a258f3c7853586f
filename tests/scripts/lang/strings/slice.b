# s[a,b] slices characters a up to (not including) b; either bound may be left out.
var s = 'hello'
echo s[1,3]        # expect: el
echo s[,2]         # expect: he
echo s[1,]         # expect: ello
echo s[0,5]        # expect: hello
echo s[2,2] == ''  # expect: true
echo 'héllo'[1,3]  # expect: él
