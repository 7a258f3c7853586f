# finally blocks in several stack frames run as the exception unwinds through them.
var order = []
def c() {
  try { raise Exception('deep') } finally { order.append('c') }
}
def b() {
  try { c() } finally { order.append('b') }
}
def a() {
  try { b() } finally { order.append('a') }
}
try {
  a()
} catch Exception e {
  order.append('caught ' + e.message)
}
echo order   # expect: ['c', 'b', 'a', 'caught deep']
