# Files dropped without close() are closed by the collector.
var path = '/tmp/sabre-test-gc-${rand(0, 1000000000)}.txt'
iter var i = 0; i < 3000; i++ {
  var f = file(path, 'w')
  f.write('x')
}
echo file(path).read()   # expect: x
file(path).delete()
echo 'done'              # expect: done
