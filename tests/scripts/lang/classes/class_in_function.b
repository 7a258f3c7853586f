# Methods may close over variables of the function that defines the class.
def make_class(greeting) {
  class Local {
    hello() { return greeting }
  }
  return Local
}
var K = make_class('hey')
echo K().hello()   # expect: hey
echo K             # expect: <class Local>
