# Helper module: public and private functions, a value and a class.
# Imported by tests in tests/scripts/modules; run directly it prints nothing.
var greeting = 'hello'
var _secret = 'hidden'

def greet(name) {
  return '${greeting}, ${name}'
}

def _helper() {
  return 'private helper'
}

def uses_private() {
  return _helper() + ' sees ' + _secret
}

class Greeter {
  var prefix = ''
  Greeter(prefix) { self.prefix = prefix }
  say(name) { return self.prefix + ' ' + name }
}
