echo [].length()            # expect: 0
echo [1, [2, 3]].length()   # expect: 2
echo [].is_empty()          # expect: true
echo [nil].is_empty()       # expect: false
[].length(0)                # expect error: ArgumentError
