# echo prints a value and a newline; print prints its arguments separated by spaces, without a newline.
echo 'plain'       # expect: plain
print(1, 'a', nil, true)
print('!')
echo ''
# expect: 1 a nil true!
print('x')
print()
echo 'y'           # expect: xy
echo [1, 'two']    # expect: [1, 'two']
print([1, 'two'], {'k': 'v'})
echo ''
# expect: [1, 'two'] {'k': 'v'}
