var l = [1]
echo l.extend([2, 3])  # expect: nil
echo l                 # expect: [1, 2, 3]
l.extend([])
echo l                 # expect: [1, 2, 3]
l.extend(l)
echo l                 # expect: [1, 2, 3, 1, 2, 3]
l.extend('ab')         # expect error: TypeError: list.extend(): argument 1 (items) must be a list, got string
