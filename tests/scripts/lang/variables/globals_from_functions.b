# Functions read and assign globals; a global may be defined after the function.
var count = 0
def bump() {
  count += 1
  return later
}
var later = 'defined later'
echo bump()        # expect: defined later
bump()
echo count         # expect: 2
