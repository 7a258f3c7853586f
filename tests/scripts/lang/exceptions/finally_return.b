# finally runs when return leaves a try block, also from inside loops.
def f() {
  try {
    return 'from try'
  } finally {
    echo 'finally ran'
  }
}
echo f()
# expect: finally ran
# expect: from try
def g() {
  for i in [1, 2, 3] {
    while true {
      try {
        if i == 2 return 'returned at ${i}'
      } finally {
        echo 'finally ${i}'
      }
      break
    }
  }
  return 'end'
}
echo g()
# expect: finally 1
# expect: finally 2
# expect: returned at 2
