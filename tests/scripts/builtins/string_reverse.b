echo 'abc'.reverse()      # expect: cba
echo ''.reverse()         # expect: 
echo 'héllo'.reverse()    # expect: olléh
echo '日本語'.reverse()    # expect: 語本日
echo 'a€b'.reverse().length()  # expect: 3
