# Helper module: loads fine; its function raises when called.
def explode(x) {
  return inner(x)
}

def inner(x) {
  raise ValueError('exploded with ${x}')
}
