var b = bytes(0)
echo b.append(65)          # expect: nil
b.append([66, 67])
b.append(bytes('DE'))
echo b.to_string()         # expect: ABCDE
b.append(b)
echo b.to_string()         # expect: ABCDEABCDE
echo b.pop()               # expect: 69
echo b.length()            # expect: 9
var e = bytes(0)
echo e.pop()               # expect: nil
iter var i = 0; i < 100; i++ { e.append(i) }
echo e.length()            # expect: 100
echo e.get(99)             # expect: 99
catch { b.append([1, 300]) } as err
echo err.type              # expect: ValueError
echo b.length()            # expect: 9
catch { b.append(-1) } as err
echo err.type              # expect: ValueError
b.append('x')              # expect error: TypeError
