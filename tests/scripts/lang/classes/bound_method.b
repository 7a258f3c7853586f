# A method read without calling it stays bound to its instance.
class Greeter {
  var name = ''
  Greeter(name) { self.name = name }
  greet(greeting) { return greeting + ', ' + self.name }
}
var g = Greeter('Ann')
var m = g.greet
echo m('Hi')       # expect: Hi, Ann
var fs = [Greeter('Bo').greet]
echo fs[0]('Yo')   # expect: Yo, Bo
