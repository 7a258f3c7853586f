# Defining and calling functions; a function without return returns nil.
def add(a, b) {
  return a + b
}
echo add(2, 3)     # expect: 5
def nothing() {
  var x = 1
}
echo nothing()     # expect: nil
def bare_return() {
  return
}
echo bare_return() # expect: nil
def greet(name) {
  echo 'hi ' + name
}
greet('Bo')        # expect: hi Bo
