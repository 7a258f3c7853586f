var path = '/tmp/sabre-test-modes-${rand(0, 1000000000)}.txt'
var f = file(path, 'w')
f.write('one')
f.close()
var a = file(path, 'a')
a.write('+two')
a.close()
echo file(path).read()        # expect: one+two
var rw = file(path, 'r+')
echo rw.read(3)               # expect: one
rw.write('!')
rw.close()
echo file(path).read()        # expect: one!two
var wb = file(path, 'wb')
catch { wb.read(1) } as e
echo e.message.starts_with('read ${path}: ')   # expect: true
file(path).delete()
file(path, 'x')               # expect error: ValueError
