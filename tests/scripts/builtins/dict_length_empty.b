echo {}.length()                # expect: 0
echo {'a': 1, 'b': 2}.length()  # expect: 2
echo {}.is_empty()              # expect: true
echo {nil: nil}.is_empty()      # expect: false
var d = {}
d.length(1)                     # expect error: ArgumentError
