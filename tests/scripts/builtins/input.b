# The test runner gives scripts /dev/null as stdin: input() sees the end.
echo input()            # expect: nil
print('x')
echo input('> ')        # expect: x> nil
input(5)                # expect error: TypeError
