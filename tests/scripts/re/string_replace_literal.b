# Patterns that are not /pattern/flags stay literal in replace.
echo 'a.b.c'.replace('.', '-')        # expect: a-b-c
echo 'a/b/c'.replace('/', '|')        # expect: a|b|c
echo 'x//y'.replace('//', '-')        # expect: x-y
echo '/usr'.replace('/usr', '/opt')   # expect: /opt
echo '(a+)'.replace('a+', 'b')        # expect: (b)
echo 'a$1'.replace('$1', 'x')         # expect: ax
catch { 'abc'.replace('', 'x') } as e
echo e.type                           # expect: ValueError
