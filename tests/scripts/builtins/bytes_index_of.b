var b = bytes([5, 6, 7, 6])
echo b.index_of(6)     # expect: 1
echo b.index_of(9)     # expect: -1
echo bytes(0).index_of(0)  # expect: -1
b.index_of(1000)       # expect error: ValueError
