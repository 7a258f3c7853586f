# Whole numbers print as their digits, at every length and sign, up to the
# largest a double holds exactly.
var shown = []
var n = 1
for i in 0..16 {
  shown.append(to_string(n - 1) + '/' + to_string(n) + '/' + to_string(-n))
  n = n * 10
}
var all_right = true
for i in 0..16 {
  var nines = i == 0 ? '0' : '9' * i
  if shown[i] != nines + '/1' + '0' * i + '/-1' + '0' * i all_right = false
}
echo all_right    # expect: true
echo shown[0]     # expect: 0/1/-1
echo shown[1]     # expect: 9/10/-10
echo shown[2]     # expect: 99/100/-100
echo shown[5]     # expect: 99999/100000/-100000
echo shown[14]    # expect: 99999999999999/100000000000000/-100000000000000
echo shown[15]    # expect: 999999999999999/1000000000000000/-1000000000000000
echo 123456789    # expect: 123456789
echo -987654321   # expect: -987654321
echo 2 ** 53 - 1  # expect: 9007199254740991
echo -(2 ** 53)   # expect: -9007199254740992
echo '${7}${-42}' # expect: 7-42
