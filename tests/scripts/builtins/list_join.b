echo [1, 2, 3].join()          # expect: 123
echo [1, 2, 3].join(', ')      # expect: 1, 2, 3
echo ['a'].join('-')           # expect: a
echo [].join('-')              # expect: 
echo [nil, true, 'x', [1]].join(' ')  # expect: nil true x [1]
echo ['é', 'ü'].join('€')      # expect: é€ü
[1].join(1)                    # expect error: TypeError
