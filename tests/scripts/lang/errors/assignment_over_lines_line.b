# An assignment whose value spans lines is reported at the line of its
# target, not at the value's last line: to a global, a local, a property
# or an index, plain or compound, at the top level or in a function.
def line(e) { return to_number(e.stacktrace.trim().split('\n')[0].split(':')[-1].split(' ')[0]) }

catch {
  undefined_name = [   # line 7
    1,
    2
  ]
} as e
echo e.type + ' ' + line(e)          # expect: UndefinedError 7
catch {
  undefined_name += [  # line 14
    1
  ]
} as e
echo e.type + ' ' + line(e)          # expect: UndefinedError 14
def in_function() {
  var total = nil
  total += [           # line 21
    1
  ]
}
catch { in_function() } as e
echo e.type + ' ' + line(e)          # expect: NumericError 21
var nothing = nil
catch {
  nothing.field = [    # line 29
    1
  ]
} as e
echo e.type + ' ' + line(e)          # expect: PropertyError 29
class Holder { var count = nil }
var holder = Holder()
catch {
  holder.count += [    # line 37
    1
  ]
} as e
echo e.type + ' ' + line(e)          # expect: NumericError 37
var items = [1]
catch {
  items[5] = [         # line 44
    1
  ]
} as e
echo e.type + ' ' + line(e)          # expect: RangeError 44
catch {
  items[0] += [        # line 50
    1
  ]
} as e
echo e.type + ' ' + line(e)          # expect: NumericError 50
another_undefined = [  # expect error: UndefinedError: 'another_undefined' is not defined
  1
]
