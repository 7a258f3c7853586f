# bytes are mutable byte buffers indexed by number.
var b = bytes([65, 66, 67])
echo b.length()    # expect: 3
echo b[0]          # expect: 65
b[1] = 98
echo b.to_string() # expect: AbC
echo bytes(2).length()  # expect: 2
echo bytes(2)[1]   # expect: 0
echo typeof(b)     # expect: bytes
