# Classes print as <class Name>; instances without @to_string as <Name instance>.
class Thing {}
echo Thing         # expect: <class Thing>
echo Thing()       # expect: <Thing instance>
echo [Thing()]     # expect: [<Thing instance>]
echo '${Thing()}'  # expect: <Thing instance>
