# for i, v in list gives the index and the value.
for i, v in ['a', 'b', 'c'] {
  echo '${i}: ${v}'
}
# expect: 0: a
# expect: 1: b
# expect: 2: c
