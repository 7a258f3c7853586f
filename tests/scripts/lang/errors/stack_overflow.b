# Unbounded recursion raises a stack overflow error instead of crashing.
def down(n) {
  return down(n + 1) + 1
}
echo 'start'       # expect: start
down(0)
# expect error: stack overflow
