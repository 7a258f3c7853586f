# Strings in single and double quotes; the other quote needs no escape.
echo 'single'      # expect: single
echo "double"      # expect: double
echo 'say "hi"'    # expect: say "hi"
echo "it's"        # expect: it's
echo ''            # expect: 
echo 'a' == "a"    # expect: true
