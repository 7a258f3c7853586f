catch { file(5) } as e
echo e.message     # expect: file(): argument 1 (path) must be a string, got number
catch { file('') } as e
echo e.type        # expect: ValueError
catch { file('a\0b') } as e
echo e.type        # expect: ValueError
catch { file('x', 'q') } as e
echo e.message     # expect: file(): argument 2 (mode) must be r, w or a, optionally with + and b, got 'q'
catch { file('x', 'r++') } as e
echo e.type        # expect: ValueError
# The mode is quoted as a literal writes it, so a NUL byte does not end it.
catch { file('x', 'r\0') } as e
echo e.message     # expect: file(): argument 2 (mode) must be r, w or a, optionally with + and b, got 'r\0'
catch { file('x', 1) } as e
echo e.type        # expect: TypeError
catch { file('x').write(1) } as e
echo e.message     # expect: File.write(): argument 1 (data) must be a string or bytes, got number
file('x').read('all')  # expect error: TypeError
