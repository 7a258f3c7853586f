# Numbers, strings, booleans and nil may be dict keys; equal numbers are the same key.
var d = {}
d[1] = 'one'
d['1'] = 'string one'
d[true] = 'yes'
d[nil] = 'nothing'
echo d[1]          # expect: one
echo d['1']        # expect: string one
echo d[true]       # expect: yes
echo d[nil]        # expect: nothing
d[1.0] = 'float one'
echo d[1]          # expect: float one
echo d.length()    # expect: 4
