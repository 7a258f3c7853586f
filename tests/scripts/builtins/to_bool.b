# Blade truthiness: negative numbers and empty things are false.
echo to_bool(1)      # expect: true
echo to_bool(0)      # expect: true
echo to_bool(-1)     # expect: false
echo to_bool('')     # expect: false
echo to_bool('a')    # expect: true
echo to_bool([])     # expect: false
echo to_bool([0])    # expect: true
echo to_bool({})     # expect: false
echo to_bool(nil)    # expect: false
echo to_bool(false)  # expect: false
echo to_bool(bytes(0))  # expect: false
echo to_bool(bytes(1))  # expect: true
