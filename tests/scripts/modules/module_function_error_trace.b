# An error in a module function called later shows the module frames and the caller's.
import ._lib.lazy_raiser
def call_it() {
  return lazy_raiser.explode(7)
}
try {
  call_it()
} catch ValueError e {
  echo e.message                                # expect: exploded with 7
  echo e.stacktrace.index_of('inner') > -1      # expect: true
  echo e.stacktrace.index_of('explode') > -1    # expect: true
  echo e.stacktrace.index_of('lazy_raiser.b') > -1   # expect: true
  echo e.stacktrace.index_of('call_it') > -1    # expect: true
}
call_it()
# expect error: Unhandled ValueError: exploded with 7
# expect error: _lib/lazy_raiser.b:7
# expect error: module_function_error_trace.b:4
# expect error: module_function_error_trace.b:15
