# An exception raised in @to_string during interpolation propagates to the caller.
class Secret {
  @to_string() { raise AccessError('not printable') }
}
catch { var s = 'value: ${Secret()}' } as e
echo e.type       # expect: AccessError
echo e.message    # expect: not printable
