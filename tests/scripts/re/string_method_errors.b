# The string methods name themselves in errors.
catch { 'abc'.match(1) } as e
echo e.type      # expect: TypeError
echo e.message   # expect: string.match(): argument 1 (pattern) must be a string or a Regex, got number
catch { 'abc'.matches('/(/') } as e
echo e.type      # expect: RegexError
echo e.message   # expect: string.matches(): missing closing parenthesis at offset 1 in '('
catch { 'abc'.replace('/b/', 3) } as e
echo e.message   # expect: string.replace(): argument 2 (replacement) must be a function, got number
catch { 'abc'.replace(nil, 'x') } as e
echo e.type      # expect: TypeError
catch { 'a'.match() } as e
echo e.type      # expect: ArgumentError
'abc'.match('[')   # expect error: RegexError: string.match(): missing terminating ] for character class at offset 1 in '['
