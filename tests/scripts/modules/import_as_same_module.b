# Importing one file under two names gives the same module object.
import ._lib.state as first
import ._lib.state as second
first.add(5)
echo second.get_total()       # expect: 5
echo id(first) == id(second)  # expect: true
echo first == second          # expect: true
