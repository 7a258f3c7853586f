# A re-raised exception that nobody catches reports its original message.
def work() {
  raise ValueError('the real cause')
}
try {
  work()
} catch ValueError e {
  echo 'logging: ' + e.message   # expect: logging: the real cause
  raise e
}
# expect error: Unhandled ValueError: the real cause
