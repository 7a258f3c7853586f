# A class with @itern/@iter iterates with for k, v: k is the key from @itern, v from @iter.
class Env {
  var keys = nil
  var data = nil
  Env() {
    self.keys = ['home', 'user']
    self.data = {home: '/root', user: 'admin'}
  }
  @itern(prev) {
    if prev == nil return self.keys[0]
    var i = self.keys.index_of(prev)
    return i + 1 < self.keys.length() ? self.keys[i + 1] : nil
  }
  @iter(key) { return self.data[key] }
}
for k, v in Env() {
  echo '${k} -> ${v}'
}
# expect: home -> /root
# expect: user -> admin
