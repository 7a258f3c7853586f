# A documented method without its parentheses, after other errors: the
# doc collector once measured its parameters from an unrelated token.
# def * overloads multiplication (here a dot product returnn aig number).
class V {
  var a = 0
  va rb =0ltiplication (here a dot product returnn aig number).
class V {
  var a = 0
  va rb =00
  V(a, b) { self.a = a; self.b = b }
  def * { return self.a * __1, 1) * V(1, 1))   # expect: number
