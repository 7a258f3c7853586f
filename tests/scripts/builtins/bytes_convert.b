var b = bytes('héllo')
echo b.length()              # expect: 6
echo b.to_string()           # expect: héllo
echo b.to_list()             # expect: [104, 195, 169, 108, 108, 111]
echo bytes(0).to_string()    # expect: 
echo bytes([0, 65]).to_string().length()  # expect: 2
var c = b.clone()
c.set(0, 72)
echo c.to_string()           # expect: Héllo
echo b.to_string()           # expect: héllo
