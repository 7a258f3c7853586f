# An uncaught exception from a function called by a method lists every frame in the trace.
def validate(x) {
  if x < 0 raise ValueError('negative: ${x}')   # expect error: Unhandled ValueError: negative: -1
  return x
}
class Account {
  var balance = 0
  deposit(x) {
    self.balance += validate(x)
  }
}
def run() {
  Account().deposit(-1)
}
run()
# expect error: uncaught_trace_method.b:3
# expect error: validate
# expect error: uncaught_trace_method.b:9
# expect error: deposit
# expect error: uncaught_trace_method.b:13
# expect error: run
# expect error: uncaught_trace_method.b:15
