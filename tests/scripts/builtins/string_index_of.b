echo 'hello'.index_of('l')      # expect: 2
echo 'hello'.index_of('lo')     # expect: 3
echo 'hello'.index_of('z')      # expect: -1
echo 'hello'.index_of('')       # expect: 0
echo 'hello'.index_of('l', 3)   # expect: 3
echo 'hello'.index_of('l', 4)   # expect: -1
echo 'hello'.index_of('h', -5)  # expect: 0
echo 'hello'.index_of('o', -1)  # expect: 4
echo 'hello'.index_of('h', 99)  # expect: -1
echo 'héllo'.index_of('l')      # expect: 2
echo 'ééé'.index_of('é', 1)     # expect: 1
echo 'abcabc'.last_index_of('bc')  # expect: 4
echo 'abc'.last_index_of('z')      # expect: -1
echo 'héhé'.last_index_of('é')     # expect: 3
echo 'abc'.last_index_of('')       # expect: 3
'a'.index_of('a', 'b')          # expect error: TypeError
