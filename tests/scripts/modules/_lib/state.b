# Helper module: module-level state changed through its functions.
var items = []
var total = 0

def add(x) {
  items.append(x)
  total += x
  return total
}

def get_total() {
  return total
}
