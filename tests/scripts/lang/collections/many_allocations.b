# Building many short-lived strings, lists, dicts and instances keeps every live value intact.
class Node {
  var value = nil
  var next = nil
  Node(v, n) { self.value = v; self.next = n }
}
var head = nil
iter var i = 0; i < 500; i++ {
  head = Node('n${i}', head)
  var garbage = [i, {'k': '${i}'}, 'x' * 3]
}
var count = 0
var node = head
while node {
  count += 1
  node = node.next
}
echo count         # expect: 500
echo head.value    # expect: n499
var d = {}
iter var j = 0; j < 500; j++ {
  d['key${j}'] = [j]
}
echo d.length()    # expect: 500
echo d['key123']   # expect: [123]
