var path = '/tmp/sabre-test-state-${rand(0, 1000000000)}.txt'
var missing = file(path)
echo missing.exists()        # expect: false
echo missing.is_open()       # expect: true
echo missing.path() == path  # expect: true
var f = file(path, 'w')
echo missing.exists()        # expect: true
echo f.close()               # expect: nil
echo f.close()               # expect: nil
echo f.is_open()             # expect: false
catch { f.write('x') } as e
echo e.type                  # expect: ValueError
echo e.message == 'File.write(): the file ${path} is closed'  # expect: true
echo typeof(f)               # expect: File
f.delete()
echo f.exists()              # expect: false
f.delete()                   # expect error: OSError
