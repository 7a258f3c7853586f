# import .name loads name.b from the importing file's folder path and binds the last segment.
import ._lib.greetings
echo greetings.greet('Ann')   # expect: hello, Ann
echo greetings.greeting       # expect: hello
