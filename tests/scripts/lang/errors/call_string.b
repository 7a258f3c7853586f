# Calling a string raises TypeError.
'text'()           # expect error: TypeError
