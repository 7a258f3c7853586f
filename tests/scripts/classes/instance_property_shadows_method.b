# A property set on an instance takes precedence over a method of the same name for that
# instance only.
class Greeter {
  hello() { return 'method' }
}
var g = Greeter()
g.hello = @{ return 'property' }
echo g.hello()          # expect: property
echo Greeter().hello()  # expect: method
