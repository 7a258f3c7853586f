# Only the matching when's block runs; without default and match nothing runs.
var v = 2
using v {
  when 1 {
    echo 'one'
  }
  when 2 {
    echo 'two'
  }
  when 3 {
    echo 'three'
  }
  default {
    echo 'default'
  }
}
# expect: two
using 'q' {
  when 'a' { echo 'a' }
}
echo 'after'       # expect: after
using 10 / 2 {
  when 5 echo 'five'   # expect: five
}
