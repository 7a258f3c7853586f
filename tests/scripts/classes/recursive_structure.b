# A recursive data structure built from instances: a binary tree with recursive methods.
class Tree {
  var value = nil
  var left = nil
  var right = nil
  Tree(v) { self.value = v }
  insert(v) {
    if v < self.value {
      if self.left == nil self.left = Tree(v)
      else self.left.insert(v)
    } else {
      if self.right == nil self.right = Tree(v)
      else self.right.insert(v)
    }
  }
  walk(out) {
    if self.left != nil self.left.walk(out)
    out.append(self.value)
    if self.right != nil self.right.walk(out)
    return out
  }
}
var t = Tree(5)
for v in [3, 8, 1, 4, 9, 7] t.insert(v)
echo t.walk([])     # expect: [1, 3, 4, 5, 7, 8, 9]
