# Calling a method that neither the class nor its ancestors define raises PropertyError.
class A { m() { return 1 } }
class B < A {}
catch { B().nope() } as e
echo e.type                             # expect: PropertyError
echo e.message.index_of('nope') > -1    # expect: true
echo B().m()                            # expect: 1
