# finally runs when break or continue leaves a try block.
for i in 0..4 {
  try {
    if i == 1 continue
    if i == 3 break
    echo 'body ${i}'
  } finally {
    echo 'finally ${i}'
  }
}
# expect: body 0
# expect: finally 0
# expect: finally 1
# expect: body 2
# expect: finally 2
# expect: finally 3
var n = 0
while true {
  n += 1
  try {
    if n < 3 continue
    break
  } finally {
    echo 'w${n}'
  }
}
# expect: w1
# expect: w2
# expect: w3
