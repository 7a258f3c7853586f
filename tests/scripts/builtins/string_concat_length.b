# Joining strings whose lengths are already counted adds the counts, except
# that a continuation byte opening the right side may complete a character
# left open at the end of the left; joining to an empty string gives the
# other string.
var a = 'héllo', b = 'wörld'
echo a.length() + b.length()      # expect: 10
echo (a + b).length()             # expect: 10
var tail = bytes([0xA9]).to_string()
echo tail.length()                # expect: 1
echo ('é'[0, 1] + '').length()    # expect: 1
var e = 'caf' + bytes([0xC3]).to_string()
echo e.length()                   # expect: 4
echo (e + tail).length()          # expect: 4
echo (e + tail) == 'café'         # expect: true
echo ('abc' + tail).length()      # expect: 4
echo ('' + a) == a and (a + '') == a   # expect: true
echo ('' + '').length()           # expect: 0
