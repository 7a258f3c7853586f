# An error raised by a native has a stacktrace naming the script frame that called it.
def convert(s) {
  return to_number(s)
}
catch { convert('oops') } as e
echo e.stacktrace.index_of('stacktrace_native_error.b:3') > -1   # expect: true
echo e.stacktrace.index_of('convert') > -1                       # expect: true
