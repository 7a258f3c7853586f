# The text that is not a number is quoted in the message as a literal
# would write it, whole up to 40 bytes: a NUL byte shows as \0 instead of
# ending the text, and a longer text ends with '...'.
catch { to_number('1\0x') } as e
echo e.message    # expect: to_number(): '1\0x' is not a number
catch { to_int("it's") } as e
echo e.message    # expect: to_int(): 'it\'s' is not a number
catch { to_number('9' * 39 + 'xy') } as e
echo e.message    # expect: to_number(): '999999999999999999999999999999999999999x'... is not a number
