# 0, positive numbers and non-empty values are true.
def t(v) { return v ? 'T' : 'F' }
echo t(0)          # expect: T
echo t(1)          # expect: T
echo t(0.5)        # expect: T
echo t(true)       # expect: T
echo t('a')        # expect: T
echo t(' ')        # expect: T
echo t([0])        # expect: T
echo t([nil])      # expect: T
echo t({'a': nil}) # expect: T
echo t(bytes(1))   # expect: T
echo t(t)          # expect: T
echo to_bool(0)    # expect: true
