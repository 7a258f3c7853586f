# Reading a missing dict key raises RangeError (use .get() for a default).
var d = {'a': 1}
echo d.get('b')    # expect: nil
echo d['b']        # expect error: Unhandled RangeError
