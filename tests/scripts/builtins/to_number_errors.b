catch { to_number('abc') } as e
echo e.type       # expect: ValueError
echo e.message    # expect: to_number(): 'abc' is not a number
catch { to_number('') } as e
echo e.message    # expect: to_number(): '' is not a number
catch { to_number('1e') } as e
echo e.type       # expect: ValueError
catch { to_number('0x') } as e
echo e.type       # expect: ValueError
catch { to_number('1 2') } as e
echo e.type       # expect: ValueError
catch { to_number('inf') } as e
echo e.type       # expect: ValueError
catch { to_number(nil) } as e
echo e.message    # expect: to_number(): argument 1 (value) must be a string, number or boolean, got nil
to_number([1])    # expect error: TypeError
