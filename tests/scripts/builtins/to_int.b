echo to_int(3.9)      # expect: 3
echo to_int(-3.9)     # expect: -3
echo to_int('42.7')   # expect: 42
echo to_int('-0x1f')  # expect: -31
echo to_int(true)     # expect: 1
echo to_int(7)        # expect: 7
catch { to_int('x') } as e
echo e.type           # expect: ValueError
catch { to_int(1 / 0) } as e
echo e.message        # expect: to_int(): cannot convert inf to an integer
to_int({})            # expect error: TypeError
