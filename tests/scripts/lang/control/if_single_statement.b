# A single statement may follow the condition without braces.
var x = 5
if x > 1 echo 'big'          # expect: big
if x < 1 echo 'small'
if x == 5 echo 'five'        # expect: five
if x < 0 echo 'neg'
else echo 'not neg'          # expect: not neg
if x < 0 echo 'a'
else if x < 3 echo 'b'
else echo 'c'                # expect: c
var i = 0
while true {
  i += 1
  if i > 3 break
}
echo i                       # expect: 4
