# AccessError can be caught; the class still uses its private member itself.
class Vault {
  var _secret = 'gold'
  peek() { return self._secret }
}
var v = Vault()
try {
  echo v._secret
} catch AccessError e {
  echo 'denied'    # expect: denied
}
echo v.peek()      # expect: gold
echo instance_of(AccessError('x'), Exception)  # expect: true
