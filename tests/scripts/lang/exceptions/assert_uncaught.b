# An uncaught failed assert ends the script with status 1.
echo 'checking'    # expect: checking
assert 2 > 3, 'math is broken'   # expect error: Unhandled AssertionError: math is broken
