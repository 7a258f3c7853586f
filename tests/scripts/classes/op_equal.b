# def == decides equality and != is its negation; without it instances compare by identity.
class Key {
  var k = nil
  Key(k) { self.k = k }
  def == { return instance_of(__arg__, Key) and self.k.lower() == __arg__.k.lower() }
}
echo Key('Ab') == Key('aB')    # expect: true
echo Key('Ab') != Key('aB')    # expect: false
echo Key('a') == Key('b')      # expect: false
class Plain {}
var p = Plain()
echo p == p                    # expect: true
echo Plain() == Plain()        # expect: false
