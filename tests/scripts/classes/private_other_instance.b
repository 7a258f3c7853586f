# A private member is only reachable through self, not through another instance of the class.
class Node {
  var _id = 0
  Node(id) { self._id = id }
  same(other) { return self._id == other._id }
}
catch { Node(1).same(Node(1)) } as e
echo e.type          # expect: AccessError
