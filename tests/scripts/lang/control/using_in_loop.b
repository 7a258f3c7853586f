# using inside a loop; break and continue act on the loop.
var out = []
for v in [1, 2, 3, 4, 5] {
  using v {
    when 2 { continue }
    when 4 { break }
    default { out.append(v) }
  }
}
echo out           # expect: [1, 3]
