# Reading a private field from outside the class raises AccessError.
class Account {
  var _balance = 0
}
var a = Account()
echo 'before'      # expect: before
echo a._balance    # expect error: AccessError
