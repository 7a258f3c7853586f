# Indexing a list with a string raises TypeError.
var l = [1]
echo l['a']        # expect error: TypeError
