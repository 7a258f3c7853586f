# The stack trace of an uncaught exception names every frame's file:line and function.
def inner() {
  raise Exception('deep failure')   # expect error: Unhandled Exception: deep failure
}
def outer() {
  inner()
}
outer()
# expect error: uncaught_stacktrace.b:3
# expect error: inner
# expect error: uncaught_stacktrace.b:6
# expect error: outer
# expect error: uncaught_stacktrace.b:8
