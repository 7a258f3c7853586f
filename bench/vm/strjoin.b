# strjoin: build 200,000 small strings ('item0', 'item1', ...), join them
# with ',' and print the length of the result (2088889). Measures string
# allocation, number-to-string conversion, concatenation and join.
def main() {
  var n = 200000
  var parts = []
  iter var i = 0; i < n; i++ {
    parts.append('item' + to_string(i))
  }
  var s = ','.join(parts)
  echo s.length()
}

main()
