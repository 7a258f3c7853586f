# An operator whose operand spans lines is reported at the operator's line
# (an index or slice at its '[', an interpolation where its string opens),
# not at the operand's last line, also where the compiler fused it with a
# small literal or with a jump. line(e) reads the script's own frame, the
# last of the trace.
def line(e) { return to_number(e.stacktrace.trim().split('\n')[-1].split(':')[-1].split(' ')[0]) }
var nothing = nil

catch {
  echo nothing + [     # line 10
    1
  ]
} as e
echo e.type + ' ' + line(e)       # expect: NumericError 10
catch {
  echo nothing -       # line 16
    1
} as e
echo e.type + ' ' + line(e)       # expect: NumericError 16
catch {
  echo -[              # line 21
    1
  ]
} as e
echo e.type + ' ' + line(e)       # expect: NumericError 21
catch {
  if 'a' <             # line 27
    3 { echo 'no' }
} as e
echo e.type + ' ' + line(e)       # expect: TypeError 27
catch {
  while 'a' >          # line 32
    [1] { echo 'no' }
} as e
echo e.type + ' ' + line(e)       # expect: TypeError 32
var items = [1]
catch {
  echo items[          # line 38
    5
  ]
} as e
echo e.type + ' ' + line(e)       # expect: RangeError 38
catch {
  echo items[          # line 44
    nil
  ]
} as e
echo e.type + ' ' + line(e)       # expect: TypeError 44
catch {
  echo items[          # line 50
    'a', 2
  ]
} as e
echo e.type + ' ' + line(e)       # expect: TypeError 50
class Loud { @to_string() { raise Exception('no text') } }
catch {                # the string opens on line 57
  echo 'a ${Loud()} b
  c'
} as e
echo e.type + ' ' + line(e)       # expect: Exception 57
echo nothing *         # expect error: NumericError
  2
