# list: append 0 .. 999,999 to a list, then sum it by iterating over the
# list. Measures list growth (append), method calls and list iteration.
def main() {
  var n = 1000000
  var l = []
  iter var i = 0; i < n; i++ {
    l.append(i)
  }
  var s = 0
  for v in l {
    s += v
  }
  echo s
}

main()
