echo '42'.to_number() + 1   # expect: 43
echo ' 0x10 '.to_number()   # expect: 16
echo 'hé'.to_list()         # expect: ['h', 'é']
echo ''.to_list()           # expect: []
catch { 'x1'.to_number() } as e
echo e.message              # expect: string.to_number(): 'x1' is not a number
'1'.to_number(10)           # expect error: ArgumentError
