# catch { ... } as e runs the block and leaves the exception, or nil, in e.
catch {
  raise ValueError('oops')
} as e
echo e.message     # expect: oops
echo e.type        # expect: ValueError
catch {
  var x = 1 + 1
} as ok
echo ok            # expect: nil
def f() {
  catch {
    [][3]
  } as err
  return err.type
}
echo f()           # expect: RangeError
