echo 'abc'.ascii()     # expect: true
echo ''.ascii()        # expect: true
echo 'abé'.ascii()     # expect: false
echo 'A'.ord()         # expect: 65
echo 'abc'.ord()       # expect: 97
echo '€uro'.ord()      # expect: 8364
''.ord()               # expect error: ValueError: string.ord(): the string is empty
