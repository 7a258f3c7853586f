# The list of imported names may span lines.
import ._lib.greetings {
  greet,
  greeting
}
echo greet('Ed')      # expect: hello, Ed
echo greeting         # expect: hello
