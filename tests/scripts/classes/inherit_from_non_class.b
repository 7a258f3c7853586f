# Inheriting from a value that is not a class raises TypeError when the class is defined.
var NotAClass = 5
echo 'defining'             # expect: defining
class Broken < NotAClass {} # expect error: TypeError
