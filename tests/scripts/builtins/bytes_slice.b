var b = bytes([0, 1, 2, 3, 4])
echo b.slice(1, 3).to_list()    # expect: [1, 2]
echo b.slice(3).to_list()       # expect: [3, 4]
echo b.slice(-2).to_list()      # expect: [3, 4]
echo b.slice(4, 1).length()     # expect: 0
echo b.slice(-10, 10).length()  # expect: 5
var s = b.slice(0, 1)
s.set(0, 9)
echo b.get(0)                   # expect: 0
b.slice(nil)                    # expect error: TypeError
