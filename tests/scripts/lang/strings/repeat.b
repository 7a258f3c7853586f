# A string times a number repeats it.
echo 'ab' * 3      # expect: ababab
echo '-' * 5       # expect: -----
echo ('x' * 0).length()  # expect: 0
echo 'é' * 2       # expect: éé
# A list repeats its items (the same objects); either result may be at most 2^30 long.
var rows = [[1]] * 2
rows[0].append(2)
echo rows          # expect: [[1, 2], [1, 2]]
echo [1, 2] * 3    # expect: [1, 2, 1, 2, 1, 2]
echo [] * 4        # expect: []
def message(f) {
  catch { f() } as e
  return '${e.type}: ${e.message}'
}
echo message(@{ return 'ab' * 1e9 })
# expect: ValueError: repeated string would be too long: 2000000000 bytes, at most 1073741824
echo message(@{ return [1, 2] * 1e9 })
# expect: ValueError: repeated list would be too long: 2000000000 items, at most 1073741824
