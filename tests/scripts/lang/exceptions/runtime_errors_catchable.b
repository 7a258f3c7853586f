# Errors the language raises can be caught by their class.
catch { 'a' - 1 } as e
echo e.type        # expect: NumericError
catch { nope } as e
echo e.type        # expect: UndefinedError
catch { [1, 2][9] } as e
echo e.type        # expect: RangeError
catch { var n = 3; n() } as e
echo e.type        # expect: TypeError
def two(a, b) {}
catch { two(1) } as e
echo e.type        # expect: ArgumentError
class K {}
catch { K().missing } as e
echo e.type        # expect: PropertyError
