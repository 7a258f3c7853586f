# and/or return one of their operands and short-circuit.
echo nil or 'x'      # expect: x
echo 'a' or 'b'      # expect: a
echo 1 and 2         # expect: 2
echo 0 and 'y'       # expect: y
echo false and 1     # expect: false
echo '' or 'dflt'    # expect: dflt
echo -1 or 5         # expect: 5
echo [] or 'empty'   # expect: empty
echo nil and 1       # expect: nil
echo true or false and false  # expect: true
echo (true or false) and false  # expect: false
def loud(v) {
  echo 'evaluated'
  return v
}
echo false and loud(1)  # expect: false
echo true or loud(1)    # expect: true
echo true and loud(7)
# expect: evaluated
# expect: 7
