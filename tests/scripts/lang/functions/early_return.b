# return leaves the function from inside loops and nested blocks.
def find(list, target) {
  for i, v in list {
    while true {
      if v == target {
        return i
      }
      break
    }
  }
  return -1
}
echo find([5, 6, 7], 7)  # expect: 2
echo find([5, 6, 7], 9)  # expect: -1
def first_even(n) {
  iter var i = 1; i < n; i++ {
    if i % 2 == 0 return i
  }
}
echo first_even(10)      # expect: 2
echo first_even(2)       # expect: nil
