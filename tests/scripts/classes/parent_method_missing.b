# parent.name() when no ancestor defines name raises PropertyError naming it.
class Base {}
class Child < Base {
  m() { return parent.missing_one() }
}
catch { Child().m() } as e
echo e.type                                  # expect: PropertyError
echo e.message.index_of('missing_one') > -1  # expect: true
