# Members starting with _ are usable through self.
class Account {
  var _balance = 0
  deposit(n) {
    self._balance += n
    return self._check()
  }
  _check() { return self._balance }
  balance() { return self._balance }
}
var a = Account()
a.deposit(10)
echo a.deposit(5)  # expect: 15
echo a.balance()   # expect: 15
