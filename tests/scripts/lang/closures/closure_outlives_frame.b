# Captured parameters and locals survive after their function returns.
def make(prefix, count) {
  var parts = []
  return @(s) {
    parts.append(prefix + s)
    count += 1
    return '${count}:${parts}'
  }
}
var f = make('p-', 10)
f('a')
echo f('b')        # expect: 12:['p-a', 'p-b']
