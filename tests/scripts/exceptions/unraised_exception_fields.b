# An exception that was never raised still has message, type and stacktrace (nil).
var e = ValueError('made, not raised')
echo e.message       # expect: made, not raised
echo e.type          # expect: ValueError
echo e.stacktrace    # expect: nil
