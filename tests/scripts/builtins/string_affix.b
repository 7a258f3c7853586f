echo 'hello'.starts_with('he')   # expect: true
echo 'hello'.starts_with('lo')   # expect: false
echo 'hello'.starts_with('')     # expect: true
echo 'hi'.starts_with('hiya')    # expect: false
echo 'hello'.ends_with('lo')     # expect: true
echo 'hello'.ends_with('he')     # expect: false
echo 'hello'.ends_with('')       # expect: true
echo 'é'.ends_with('é')          # expect: true
'x'.ends_with(1)                 # expect error: TypeError: string.ends_with(): argument 1 (suffix) must be a string, got number
