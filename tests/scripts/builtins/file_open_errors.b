var path = '/tmp/sabre-no-such-dir-${rand(0, 1000000000)}/x.txt'
var f = file(path)
catch { f.read() } as e
echo e.type                           # expect: OSError
echo e.message == 'open ${path}: No such file or directory'  # expect: true
echo e.errno                          # expect: 2
catch { file(path, 'w') } as e2
echo e2.type                          # expect: OSError
catch { file('/tmp', 'r').read() } as e3
echo e3.errno                         # expect: 21
echo instance_of(e3, OSError)         # expect: true
file(path, 'a')                       # expect error: No such file or directory
