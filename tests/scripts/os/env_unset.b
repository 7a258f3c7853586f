# os.env(name) of a variable that is not set returns nil.
import os
echo os.env('SABRE_TEST_SURELY_UNSET_VARIABLE_42')   # expect: nil
echo os.env('SABRE_TEST_SURELY_UNSET_VARIABLE_42') == nil   # expect: true
