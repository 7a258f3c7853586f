# if / else if / else chains pick the first true branch.
def classify(n) {
  if n < 0 {
    return 'negative'
  } else if n == 0 {
    return 'zero'
  } else if n < 10 {
    return 'small'
  } else {
    return 'large'
  }
}
echo classify(-5)  # expect: negative
echo classify(0)   # expect: zero
echo classify(3)   # expect: small
echo classify(30)  # expect: large
if false {
  echo 'not printed'
}
echo 'after'       # expect: after
