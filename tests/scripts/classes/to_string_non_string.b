# @to_string must return a string; returning anything else raises TypeError.
class Weird {
  @to_string() { return 42 }
}
catch { to_string(Weird()) } as e
echo e.type                                    # expect: TypeError
echo e.message.index_of('@to_string') > -1     # expect: true
catch { echo '${Weird()}' } as e
echo e.type                                    # expect: TypeError
echo Weird()                                   # expect error: TypeError
