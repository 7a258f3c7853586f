catch { [1, 2].map(@(x) { raise ValueError('in map') }) } as e
echo e.message      # expect: in map
catch { [1].map('nope') } as e
echo e.message      # expect: list.map(): argument 1 (function) must be a function, got string
[1].map()           # expect error: ArgumentError
