# parent.method() calls the superclass's version of a method.
class Base {
  hello() { return 'base hello' }
  who() { return 'base' }
}
class Child < Base {
  hello() { return 'child + ' + parent.hello() }
  who() { return 'child of ' + parent.who() }
}
class GrandChild < Child {
  hello() { return 'grandchild + ' + parent.hello() }
}
echo Child().hello()      # expect: child + base hello
echo GrandChild().hello() # expect: grandchild + child + base hello
echo GrandChild().who()   # expect: child of base
