echo '[' + '  a b \t\n'.trim() + ']'   # expect: [a b]
echo '[' + '  a  '.ltrim() + ']'       # expect: [a  ]
echo '[' + '  a  '.rtrim() + ']'       # expect: [  a]
echo 'xxhixx'.trim('x')                # expect: hi
echo '--=hi=-'.trim('-=')              # expect: hi
echo '__a__'.ltrim('_')                # expect: a__
echo '__a__'.rtrim('_')                # expect: __a
echo 'ééaéé'.trim('é')                 # expect: a
echo '[' + '   '.trim() + ']'          # expect: []
echo 'abc'.trim('')                    # expect: abc
echo 'abc'.trim('abc').length()        # expect: 0
'x'.trim(1)                            # expect error: TypeError: string.trim(): argument 1 (characters) must be a string, got number
