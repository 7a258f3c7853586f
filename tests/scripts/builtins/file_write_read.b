var path = '/tmp/sabre-test-rw-${rand(0, 1000000000)}.txt'
var w = file(path, 'w')
echo w.write('hello\n')        # expect: 6
echo w.write(bytes([104, 195, 169]))  # expect: 3
w.close()
var r = file(path)
echo r.read(3)                 # expect: hel
echo r.read()                  # expect: lo
# expect: hé
echo r.read() == ''            # expect: true
echo r.read(5) == ''           # expect: true
r.close()
echo file(path).read(0) == ''  # expect: true
echo file(path).read().length()  # expect: 8
file(path).delete()
echo file(path).exists()       # expect: false
