echo to_number('42')        # expect: 42
echo to_number('  -3.5  ')  # expect: -3.5
echo to_number('1e3')       # expect: 1000
echo to_number('.5')        # expect: 0.5
echo to_number('5.')        # expect: 5
echo to_number('0x1F')      # expect: 31
echo to_number('-0x10')     # expect: -16
echo to_number('0b101')     # expect: 5
echo to_number('0c17')      # expect: 15
echo to_number('+7')        # expect: 7
echo to_number(12.25)       # expect: 12.25
echo to_number(true)        # expect: 1
echo to_number(false)       # expect: 0
echo to_number('\t10\n')    # expect: 10
