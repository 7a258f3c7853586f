# An exception raised inside an operator method propagates to the expression's caller.
class Strict {
  def + {
    if !instance_of(__arg__, Strict) raise TypeError('Strict + needs a Strict')
    return 'ok'
  }
}
echo Strict() + Strict()    # expect: ok
catch { Strict() + 1 } as e
echo e.message              # expect: Strict + needs a Strict
