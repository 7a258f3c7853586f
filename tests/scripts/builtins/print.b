# print(): values separated by spaces, no newline.
print('a', 1, nil, true)
print()
echo ''
# expect: a 1 nil true
print([1, 'x'], {'k': 2.5})
echo ''
# expect: [1, 'x'] {'k': 2.5}
print('no', 'newline')
print('|')
echo ''
# expect: no newline|
class P { @to_string() { return 'P!' } }
print(P(), 'end')
echo ''
# expect: P! end
