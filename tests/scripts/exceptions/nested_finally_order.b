# Three nested try/finally levels with an exception: finally blocks run innermost first,
# then the handler, then the handler's own finally.
var order = []
try {
  try {
    try {
      order.append('raise')
      raise ValueError('x')
    } finally {
      order.append('finally 3')
    }
  } finally {
    order.append('finally 2')
  }
} catch ValueError e {
  order.append('catch')
} finally {
  order.append('finally 1')
}
echo order   # expect: ['raise', 'finally 3', 'finally 2', 'catch', 'finally 1']
