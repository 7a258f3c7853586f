# 'text'.match(pattern) gives the first match dictionary, or nil.
var m = 'Order 66, room 101'.match('/(\\d+)/')
echo [m['match'], m['start'], m['groups']]   # expect: ['66', 6, ['66']]
echo 'abc'.match('/\\d/')                   # expect: nil
echo 'ABC'.match('/b/i')['match']           # expect: B
echo 'x\ny'.match('/^y$/m')['start']        # expect: 2
echo 'café'.match('/\\w+$/u')['match']      # expect: café
