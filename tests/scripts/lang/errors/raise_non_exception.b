# Only exception instances can be raised; raising a string is a TypeError.
raise 'just a string'   # expect error: Unhandled TypeError
