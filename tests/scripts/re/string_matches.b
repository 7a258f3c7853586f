# matches(pattern) tells whether the pattern matches anywhere.
echo 'Hello'.matches('/^h/i')      # expect: true
echo 'Hello'.matches('/^h/')       # expect: false
echo 'Hello'.matches('l+')         # expect: true
echo ''.matches('/^$/')            # expect: true
