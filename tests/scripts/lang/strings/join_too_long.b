# + refuses a string or bytes (and a list, by the same check) longer than
# the limit that * and the natives keep (2^30 bytes or items), with
# ValueError, instead of overflowing the length: 'a' * 2^30 + 'a' * 2^30 ended the process with
# 'out of memory'. A join that stays at the limit is made.
var a = 'a' * 1073741824
catch { a + a } as e
echo e.type + ': ' + e.message   # expect: ValueError: joined string would be too long: 2147483648 bytes, at most 1073741824
catch { a + 1 } as e
echo e.message                   # expect: joined string would be too long: 1073741825 bytes, at most 1073741824
catch { 2.5 + a } as e
echo e.message                   # expect: joined string would be too long: 1073741827 bytes, at most 1073741824
echo (a + '').length()           # expect: 1073741824
a = nil
var b = bytes(1073741824)
catch { b + bytes(1) } as e
echo e.message                   # expect: joined bytes would be too long: 1073741825 bytes, at most 1073741824
