# for v in list visits the values in order.
for v in [10, 'b', nil, [1]] {
  echo v
}
# expect: 10
# expect: b
# expect: nil
# expect: [1]
for v in [] {
  echo 'never'
}
echo 'done'        # expect: done
