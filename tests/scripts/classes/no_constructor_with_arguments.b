# A class without a constructor called with arguments raises ArgumentError.
class Plain {
  var x = 1
}
catch { Plain(1, 2) } as e
echo e.type          # expect: ArgumentError
echo Plain().x       # expect: 1
Plain(5)             # expect error: ArgumentError
