# for n in a..b counts up to b (exclusive), or down when a > b.
for n in 0..3 {
  echo n
}
# expect: 0
# expect: 1
# expect: 2
for n in 3..0 {
  echo n
}
# expect: 3
# expect: 2
# expect: 1
for n in 5..5 {
  echo 'never'
}
var s = 0
for n in -2..2 { s += n }
echo s             # expect: -2
