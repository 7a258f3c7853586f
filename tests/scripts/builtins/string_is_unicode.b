# is_alpha, is_alnum, is_upper and is_lower know the letters and cases of
# every script; a byte outside UTF-8 is no letter; digits and spaces stay
# ASCII.
echo ['é'.is_alpha(), 'Ωмир日本'.is_alpha(), 'é!'.is_alpha(), '\xC3'.is_alpha()]   # expect: [true, true, false, false]
echo ['É'.is_upper(), 'É'.is_lower(), 'é'.is_lower(), 'ÀÉ1'.is_upper()]          # expect: [true, false, true, true]
echo ['Àé'.is_upper(), 'Àé'.is_lower(), '日本'.is_upper(), '日本'.is_lower()]     # expect: [false, false, false, false]
echo ['Ä\xFF'.is_upper(), 'ä\xFF'.is_lower(), '\xFF'.is_upper()]                 # expect: [true, true, false]
echo ['é1'.is_alnum(), 'é 1'.is_alnum(), '\xC3\x80'.is_alnum()]                  # expect: [true, false, true]
echo ['٣'.is_number(), '\u00A0'.is_space(), 'é'.ascii()]                          # expect: [false, false, false]
