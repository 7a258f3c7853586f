# .length() counts characters of the UTF-8 text, not bytes.
echo 'hello'.length()  # expect: 5
echo ''.length()       # expect: 0
echo 'héllo'.length()  # expect: 5
echo '日本語'.length()  # expect: 3
echo 'a😀b'.length()    # expect: 3
