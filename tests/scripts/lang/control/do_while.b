# do-while runs its body at least once and tests afterwards.
var i = 0
do {
  echo i
  i += 1
} while i < 3
# expect: 0
# expect: 1
# expect: 2
var ran = 0
do {
  ran += 1
} while false
echo ran           # expect: 1
