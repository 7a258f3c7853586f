# A semicolon may follow a block statement, and stray semicolons are empty.
if true { echo 1 } ; echo 2   # expect: 1
# expect: 2
;;
while false { } ; echo 3     # expect: 3
