# Reading a private field from outside raises AccessError naming the member; writing it too.
class Wallet {
  var _cash = 100
  spend(n) { self._cash -= n; return self._cash }
}
var w = Wallet()
catch { echo w._cash } as e
echo e.type                              # expect: AccessError
echo e.message.index_of('_cash') > -1    # expect: true
catch { w._cash = 0 } as e
echo e.type                              # expect: AccessError
echo w.spend(30)                         # expect: 70
