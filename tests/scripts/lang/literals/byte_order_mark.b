# A UTF-8 byte order mark at the start of a script (as some editors
# write one) is not code: the script runs.
echo 'after the mark'   # expect: after the mark
