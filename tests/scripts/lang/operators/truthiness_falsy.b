# nil, false, '', [], {}, empty bytes and negative numbers are false.
def t(v) { return v ? 'T' : 'F' }
echo t(nil)        # expect: F
echo t(false)      # expect: F
echo t('')         # expect: F
echo t([])         # expect: F
echo t({})         # expect: F
echo t(bytes(0))   # expect: F
echo t(-1)         # expect: F
echo t(-0.5)       # expect: F
echo t(-1 / 0)     # expect: F
echo to_bool(-3)   # expect: false
