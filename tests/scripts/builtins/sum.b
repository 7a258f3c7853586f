echo sum([1, 2, 3.5])   # expect: 6.5
echo sum([])            # expect: 0
echo sum(0..5)          # expect: 10
echo sum(5..0)          # expect: 15
echo sum(3..3)          # expect: 0
echo sum(-2..2)         # expect: -2
catch { sum(['a']) } as e
echo e.message          # expect: sum(): item 0 of the list must be a number, got string
sum(5)                  # expect error: TypeError: sum(): argument 1 (values) must be a list or range, got number
