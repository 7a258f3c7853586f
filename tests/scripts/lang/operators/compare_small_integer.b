# A comparison against a literal 0..255 that decides a jump (if, while,
# ternary) is one instruction; it behaves as the general comparison.
def sign(x) { return x < 0 ? 'neg' : x > 0 ? 'pos' : 'zero' }
echo [sign(-3), sign(0), sign(7)]   # expect: ['neg', 'zero', 'pos']
var seen = []
var i = 0
while i <= 3 { seen.append(i); i++ }
echo seen                            # expect: [0, 1, 2, 3]
var j = 10
while j >= 8 { j-- }
echo j                               # expect: 7
echo 2.5 < 3 ? 'below' : 'not'       # expect: below
echo 255 > 254 ? 'yes' : 'no'        # expect: yes
echo -1 >= 0 ? 'yes' : 'no'          # expect: no
# A jump landing between the number and the comparison: not fused.
var b = false
echo 1 < (b or 2) ? 'yes' : 'no'     # expect: yes
b = 5
echo 4 < (b and 3) ? 'yes' : 'no'    # expect: no
echo 'a' < 'b' ? 'yes' : 'no'        # expect: yes
catch { if 'a' < 2 echo 'never' } as e
echo e.message                       # expect: cannot compare string and number with <
catch { if nil >= 1 echo 'never' } as e
echo e.message                       # expect: cannot compare nil and number with >=
