# Unary minus on an instance calls its class's def - with nil as __arg__
# (as Blade does: there is no separate unary overload), so one def - can
# serve both -v and v - w. Without a def -, -v raises NumericError naming
# the class, as v - 1 does.
class Vec {
  var x = 0
  Vec(x) { self.x = x }
  def - {
    if __arg__ == nil return Vec(-self.x)
    return Vec(self.x - __arg__.x)
  }
}
echo (-Vec(3)).x               # expect: -3
echo (Vec(5) - Vec(2)).x       # expect: 3
echo (-(-Vec(4))).x            # expect: 4

class Seen { def - { return __arg__ } }
echo -Seen()                   # expect: nil

class Plain { def + { return 0 } }
catch { -Plain() } as e
echo e.type + ': ' + e.message # expect: NumericError: unsupported operand for -: Plain instance (class Plain has no def -)
catch { Plain() - 1 } as e
echo e.message                 # expect: unsupported operands for -: Plain instance and number (class Plain has no def -)
catch { 1 - Plain() } as e
echo e.message                 # expect: unsupported operands for -: number and Plain instance
catch { ~Plain() } as e
echo e.message                 # expect: unsupported operand for ~: Plain instance
catch { Plain() < 1 } as e
echo e.type + ': ' + e.message # expect: TypeError: cannot compare Plain instance and number with <
-Plain()                       # expect error: NumericError
