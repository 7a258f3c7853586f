# for-in on an instance uses @itern(previous key) and @iter(key).
class Countdown {
  var from = 0
  Countdown(n) { self.from = n }
  @itern(key) {
    if key == nil return self.from > 0 ? self.from : false
    return key > 1 ? key - 1 : false
  }
  @iter(key) { return 'T-' + key }
}
for v in Countdown(3) {
  echo v
}
# expect: T-3
# expect: T-2
# expect: T-1
for k, v in Countdown(2) {
  echo '${k}=${v}'
}
# expect: 2=T-2
# expect: 1=T-1
for v in Countdown(0) {
  echo 'never'
}
echo 'done'        # expect: done
