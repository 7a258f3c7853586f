echo 'a-b-c'.replace('-', '+')        # expect: a+b+c
echo 'aaa'.replace('a', 'bb')         # expect: bbbbbb
echo 'hello'.replace('z', 'y')        # expect: hello
echo 'hello'.replace('ll', '')        # expect: heo
echo 'a.b'.replace('.', '\\')         # expect: a\b
echo 'aaaa'.replace('aa', 'a')        # expect: aa
echo 'x€x'.replace('€', 'EUR')        # expect: xEURx
catch { 'abc'.replace('', 'x') } as e
echo e.message    # expect: string.replace(): argument 1 (old) must not be empty
'a'.replace('a')  # expect error: ArgumentError
