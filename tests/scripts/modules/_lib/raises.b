# Helper module: its body calls a function that raises.
def fail_in_module(what) {
  raise ValueError('module failed: ${what}')   # expect error: Unhandled ValueError: module failed: loading
}

def fail_later() {
  fail_in_module('later')
}

fail_in_module('loading')
# expect error: fail_in_module
# expect error: raises.b:10
