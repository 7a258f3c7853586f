# A field default may be any constant expression.
class Config {
  var size = 2 * 8
  var name = 'c' + 'fg'
  var flags = [1, 2]
}
var c = Config()
echo c.size        # expect: 16
echo c.name        # expect: cfg
echo c.flags       # expect: [1, 2]
