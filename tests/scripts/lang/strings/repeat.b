# A string times a number repeats it.
echo 'ab' * 3      # expect: ababab
echo '-' * 5       # expect: -----
echo ('x' * 0).length()  # expect: 0
echo 'é' * 2       # expect: éé
