# `a += b` with two locals as a whole statement (one instruction) adds as
# `+` does, for numbers, strings and lists, and raises as `+` does.
def run() {
  var total = 0
  var step = 2.5
  for i in 0..4 total += step
  echo total                  # expect: 10
  var text = 'ab'
  var more = 'cd'
  text += more
  text += text
  echo text                   # expect: abcdabcd
  var items = [1]
  var extra = [2, 3]
  items += extra
  echo items                  # expect: [1, 2, 3]
  var n = 7
  var none = nil
  catch { n += none } as e
  echo e.message              # expect: unsupported operands for +: number and nil
  echo n                      # expect: 7
  var a = 1, b = 2
  var c = (a += b)
  echo [a, c]                 # expect: [3, 3]
}
run()
