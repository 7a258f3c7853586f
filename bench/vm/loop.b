# loop: sum of the integers 0 .. 10,000,000 (exclusive) in a while loop
# with local counter and accumulator. Measures the dispatch loop, local
# variable access, comparison and addition.
def main() {
  var n = 10000000
  var s = 0
  var i = 0
  while i < n {
    s += i
    i += 1
  }
  echo s
}

main()
