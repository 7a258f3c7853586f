# Ordering a number against a string raises an error.
echo 1 < 'a'       # expect error: Unhandled
